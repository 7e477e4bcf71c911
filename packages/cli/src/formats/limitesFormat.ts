import { LIMITES_CSV, LIMITES_ZIP } from "@communs-opco/adaptateur";
import { BUDGET_DECOMPRESSION_PDF } from "@communs-opco/adaptateur-cerfa-pdf";
import { TAILLE_MAX_ELEMENT_JSON, tailleMaxDocument, tailleMaxFichier } from "./tailleMaxFichier";

/**
 * Limites de lecture d'un format, selon les extensions de fichier qu'il lit : CSV et fichiers à
 * séparateur (longueur d'un champ et d'un enregistrement, en caractères), classeurs XLSX (archive
 * ZIP contrôlée pendant la décompression), PDF (octets décompressés au plus). Au-delà, la ligne ou
 * le fichier est illisible avec la raison ; ces valeurs par défaut se règlent par les options des
 * bibliothèques (`AnalyseurCsv`, `controlerArchiveZip`, `lireCerfaPdf`). `tailleMaxFichier` : taille
 * d'un fichier entier, en octets, par nature (`json`, `csv`, `xlsx`, `pdf`), réglable par la
 * variable `OPCO_TAILLE_MAX_<NATURE>`. `tailleMaxDocument` : taille d'un document JSON ou CSV lu
 * d'un bloc (objet racine, format qui a besoin du document entier, `opco convertir`), réglable par
 * `OPCO_TAILLE_MAX_DOCUMENT`. `tailleMaxElement` (formats lus élément par élément) : un tableau JSON
 * ou du JSON Lines est lu en flux jusqu'à `tailleMaxFichier`, chaque élément au plus de cette taille.
 *
 * @example
 * ```ts
 * limitesFormat([".csv", ".xlsx"]); // { csv: { tailleMaxFichier: 268435456, tailleMaxDocument: 16777216, tailleMaxChamp: 1048576, … }, xlsx: { entreesMax: 10000, … } }
 * limitesFormat([".json"], true); // { json: { tailleMaxFichier: 268435456, tailleMaxDocument: 16777216, tailleMaxElement: 16777216 } }
 * ```
 */
export function limitesFormat(extensions: readonly string[], lectureParElement = false): Record<string, Record<string, number>> {
  const limites: Record<string, Record<string, number>> = {};
  if (extensions.some((e) => e === ".json" || e === ".jsonl" || e === ".ndjson")) {
    limites["json"] = { tailleMaxFichier: tailleMaxFichier("json"), tailleMaxDocument: tailleMaxDocument(), ...(lectureParElement ? { tailleMaxElement: TAILLE_MAX_ELEMENT_JSON } : {}) };
  }
  if (extensions.some((e) => e === ".csv" || e === ".txt")) limites["csv"] = { tailleMaxFichier: tailleMaxFichier("csv"), tailleMaxDocument: tailleMaxDocument(), ...LIMITES_CSV };
  if (extensions.includes(".xlsx")) limites["xlsx"] = { tailleMaxFichier: tailleMaxFichier("xlsx"), ...LIMITES_ZIP };
  if (extensions.includes(".pdf")) limites["pdf"] = { tailleMaxFichier: tailleMaxFichier("pdf"), budgetDecompression: BUDGET_DECOMPRESSION_PDF };
  return limites;
}
