import { basename, extname } from "node:path";
import { detecterColonnes } from "./detecterColonnes";
import { ErreurFormatFichier } from "./ErreurFormatFichier";
import { lireClasseurXlsx } from "./lireClasseurXlsx";
import type { OptionsCsv } from "./lireEnregistrementsCsv";
import { lireTableCsv } from "./lireTableCsv";
import { normaliserTexte } from "./normaliserTexte";
import type { OptionsImport } from "./OptionsImport";

/**
 * Ligne de données d'un tableau (CSV ou feuille xlsx) avec les colonnes repérées sur l'en-tête.
 * `valeurs` est vide pour une ligne vide.
 *
 * @example
 * ```ts
 * const l: LigneTableau<"idcc"> = { feuille: null, ligne: 2, valeurs: ["0016"], colonnes: { idcc: 0 } };
 * ```
 */
export interface LigneTableau<K extends string> {
  feuille: string | null;
  ligne: number;
  valeurs: unknown[];
  colonnes: Partial<Record<K, number>>;
  /** Ligne illisible (CSV : champ ou enregistrement trop long, guillemet jamais fermé) : la raison, à rejeter. */
  erreur?: string;
}

/**
 * Options de {@link parcourirTableau}.
 *
 * @example
 * ```ts
 * const o: OptionsTableau<"idcc"> = { motifs: { idcc: /^idcc$/ }, requis: ["idcc"] };
 * ```
 */
export interface OptionsTableau<K extends string> extends OptionsImport {
  motifs: Readonly<Record<K, RegExp>>;
  /** Colonnes qui doivent toutes figurer dans la ligne d'en-tête. */
  requis: readonly NoInfer<K>[];
  /** Feuilles à lire dans un classeur (nom normalisé) ; toutes par défaut. */
  feuille?: RegExp;
  /** Options CSV (séparateur, guillemets, encodage). */
  csv?: OptionsCsv & { encodage?: "utf-8" | "latin1" };
}

/**
 * Parcourt un tableau CSV ou xlsx : cherche la ligne d'en-tête (parmi les 15 premières lignes
 * non vides de chaque feuille retenue) contenant toutes les colonnes requises, puis émet les
 * lignes suivantes. Lève {@link ErreurFormatFichier} si aucun en-tête n'est trouvé.
 *
 * @example
 * ```ts
 * for await (const l of parcourirTableau("kali.xlsx", { motifs: { idcc: /^idcc$/ }, requis: ["idcc"] })) console.log(l.ligne);
 * ```
 */
export async function* parcourirTableau<K extends string>(chemin: string, options: OptionsTableau<K>): AsyncGenerator<LigneTableau<K>> {
  const nom = basename(chemin).normalize("NFC");
  const attendu = options.requis.join(", ");
  if (/^\.xls[xm]$/i.test(extname(chemin))) {
    let trouve = false;
    let lues = 0;
    for await (const feuille of lireClasseurXlsx(chemin)) {
      const retenue = options.feuille === undefined || options.feuille.test(normaliserTexte(feuille.nom));
      let colonnes: Partial<Record<K, number>> | null = null;
      let avant = 0;
      for await (const ligne of feuille.lignes) {
        if (!retenue) continue;
        if (colonnes === null) {
          avant += 1;
          if (avant > 15) continue;
          const c = detecterColonnes(ligne.valeurs, options.motifs);
          if (options.requis.every((k) => c[k] !== undefined)) {
            colonnes = c;
            trouve = true;
          }
          continue;
        }
        lues += 1;
        if (lues % 10_000 === 0) options.progression?.({ fichier: nom, lignes: lues });
        yield { feuille: feuille.nom, ligne: ligne.numero, valeurs: ligne.valeurs, colonnes };
      }
    }
    options.progression?.({ fichier: nom, lignes: lues });
    if (!trouve) throw new ErreurFormatFichier(nom, `en-tête introuvable (colonnes attendues : ${attendu})`);
    return;
  }
  let colonnes: Partial<Record<K, number>> | null = null;
  const optionsCsv = { ...options.csv, nomFichier: nom, ...(options.progression ? { progression: options.progression } : {}) };
  for await (const { ligne, champs, erreur } of lireTableCsv(chemin, optionsCsv)) {
    if (erreur !== undefined && colonnes !== null) {
      yield { feuille: null, ligne, valeurs: [], colonnes, erreur };
      continue;
    }
    if (colonnes === null) {
      if (ligne > 15) break;
      const c = detecterColonnes(champs, options.motifs);
      if (options.requis.every((k) => c[k] !== undefined)) colonnes = c;
      continue;
    }
    yield { feuille: null, ligne, valeurs: champs.every((c) => c.trim() === "") ? [] : champs, colonnes };
  }
  if (colonnes === null) throw new ErreurFormatFichier(nom, `en-tête introuvable (colonnes attendues : ${attendu})`);
}
