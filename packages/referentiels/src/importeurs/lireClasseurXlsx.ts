import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { controlerArchiveZip } from "@communs-opco/adaptateur";
import { ErreurFormatFichier } from "./ErreurFormatFichier";
import { valeurCellule } from "./valeurCellule";

/**
 * Budget de lecture d'un classeur de référentiel : taille du fichier, archive ZIP contrôlée en
 * flux avant qu'exceljs ne la décompresse (entrées, tailles décompressées, rapport de compression)
 * et nombre de lignes par feuille. Au-delà : {@link ErreurFormatFichier} avec la raison en français.
 *
 * @example
 * ```ts
 * const b: BudgetClasseur = { ...BUDGET_CLASSEUR, lignesMax: 10_000 };
 * ```
 */
export interface BudgetClasseur {
  /** Taille maximale du fichier `.xlsx`, en octets. */
  readonly tailleFichierMax: number;
  /** Nombre maximal d'entrées de l'archive. */
  readonly entreesMax: number;
  /** Taille décompressée maximale d'une entrée (une feuille), en octets. */
  readonly tailleEntreeMax: number;
  /** Taille décompressée maximale de toute l'archive, en octets. */
  readonly tailleTotaleMax: number;
  /** Rapport décompressé / compressé maximal d'une entrée de plus de 1 Mio. */
  readonly ratioMax: number;
  /** Nombre maximal de lignes lues par feuille. */
  readonly lignesMax: number;
}

/**
 * Budget par défaut : les référentiels publiés (NPEC : 0,8 Mo compressés, 33 Mo décompressés ;
 * Kit apprentissage : 4,5 Mo décompressés) y tiennent largement.
 *
 * @example
 * ```ts
 * BUDGET_CLASSEUR.lignesMax; // 2000000
 * ```
 */
const BUDGET_CLASSEUR: BudgetClasseur = {
  tailleFichierMax: 200 * 1_048_576,
  entreesMax: 10_000,
  tailleEntreeMax: 512 * 1_048_576,
  tailleTotaleMax: 1_024 * 1_048_576,
  ratioMax: 200,
  lignesMax: 2_000_000,
};

/**
 * Une ligne de feuille : son numéro (1 = première ligne de la feuille) et ses valeurs, indexées
 * à partir de 0 pour la colonne A.
 *
 * @example
 * ```ts
 * const l: LigneClasseur = { numero: 5, valeurs: ["RNCP1002", "Mise en oeuvre…", 9497] };
 * ```
 */
interface LigneClasseur {
  numero: number;
  valeurs: (string | number | boolean | Date | null)[];
}

/**
 * Une feuille lue en flux : nom normalisé NFC et itérateur de lignes non vides.
 *
 * @example
 * ```ts
 * for await (const feuille of lireClasseurXlsx("npec.xlsx")) console.log(feuille.nom);
 * ```
 */
export interface FeuilleClasseur {
  nom: string;
  lignes: AsyncIterable<LigneClasseur>;
}

/**
 * Lit un classeur `.xlsx` en flux (lecteur streaming d'exceljs) : les feuilles arrivent dans
 * l'ordre de l'archive, chaque feuille doit être parcourue (ou abandonnée) avant la suivante.
 * Lecture sous budget ({@link BUDGET_CLASSEUR}) : taille du fichier et archive contrôlées avant
 * toute décompression par exceljs, nombre de lignes par feuille borné.
 * Les noms de feuille sont normalisés en NFC ; les lignes vides ne sont pas émises.
 *
 * @example
 * ```ts
 * for await (const feuille of lireClasseurXlsx("Referentiel-des-NPEC.xlsx")) {
 *   for await (const ligne of feuille.lignes) console.log(feuille.nom, ligne.numero, ligne.valeurs);
 * }
 * ```
 */
export async function* lireClasseurXlsx(chemin: string, budget: Partial<BudgetClasseur> = {}): AsyncGenerator<FeuilleClasseur> {
  const b: BudgetClasseur = { ...BUDGET_CLASSEUR, ...budget };
  const nomFichier = basename(chemin);
  const taille = (await stat(chemin)).size;
  if (taille > b.tailleFichierMax) throw new ErreurFormatFichier(nomFichier, `classeur trop volumineux (${String(taille)} octets, limite ${String(b.tailleFichierMax)})`);
  // archive décompressée en flux et mesurée avant qu'exceljs ne l'ouvre : une bombe de décompression est refusée sans être gonflée en mémoire
  const controle = controlerArchiveZip(new Uint8Array(await readFile(chemin)), b);
  if (!controle.ok) throw new ErreurFormatFichier(nomFichier, `classeur refusé (${controle.raison})`);
  // exceljs (≈ 300 ms et 170 dépendances transitives) n'est chargé qu'à la première lecture d'un
  // classeur : les commandes qui n'importent pas de XLSX ne le chargent jamais.
  const { default: ExcelJS } = await import("exceljs");
  const lecteur = new ExcelJS.stream.xlsx.WorkbookReader(chemin, {
    sharedStrings: "cache",
    styles: "cache",
    worksheets: "emit",
    hyperlinks: "ignore",
    entries: "emit",
  });
  for await (const feuille of lecteur) {
    const f = feuille as unknown as AsyncIterable<{ number: number; values: unknown }> & { name?: string; id?: number };
    const nom = (f.name ?? `Feuille ${String(f.id ?? "?")}`).normalize("NFC");
    yield { nom, lignes: lignesDe(f, nomFichier, nom, b.lignesMax) };
  }
}

async function* lignesDe(feuille: AsyncIterable<{ number: number; values: unknown }>, fichier: string, nom: string, lignesMax: number): AsyncGenerator<LigneClasseur> {
  let lues = 0;
  for await (const ligne of feuille) {
    lues += 1;
    if (lues > lignesMax) throw new ErreurFormatFichier(fichier, `feuille « ${nom} » de plus de ${String(lignesMax)} lignes : lecture arrêtée`);
    const brutes = Array.isArray(ligne.values) ? (ligne.values as unknown[]).slice(1) : [];
    const valeurs = Array.from(brutes, (v) => {
      const val = valeurCellule(v);
      return typeof val === "string" && val.trim() === "" ? null : val;
    });
    if (valeurs.some((v) => v !== null)) yield { numero: ligne.number, valeurs };
  }
}
