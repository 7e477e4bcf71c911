import { valeurCellule } from "./valeurCellule";

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
 * Les noms de feuille sont normalisés en NFC ; les lignes vides ne sont pas émises.
 *
 * @example
 * ```ts
 * for await (const feuille of lireClasseurXlsx("Referentiel-des-NPEC.xlsx")) {
 *   for await (const ligne of feuille.lignes) console.log(feuille.nom, ligne.numero, ligne.valeurs);
 * }
 * ```
 */
export async function* lireClasseurXlsx(chemin: string): AsyncGenerator<FeuilleClasseur> {
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
    yield { nom, lignes: lignesDe(f) };
  }
}

async function* lignesDe(feuille: AsyncIterable<{ number: number; values: unknown }>): AsyncGenerator<LigneClasseur> {
  for await (const ligne of feuille) {
    const brutes = Array.isArray(ligne.values) ? (ligne.values as unknown[]).slice(1) : [];
    const valeurs = Array.from(brutes, (v) => {
      const val = valeurCellule(v);
      return typeof val === "string" && val.trim() === "" ? null : val;
    });
    if (valeurs.some((v) => v !== null)) yield { numero: ligne.number, valeurs };
  }
}
