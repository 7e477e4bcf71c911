/**
 * Parties d'un NIR valide, utiles aux contrôles de cohérence avec le CERFA (sexe, année, mois et
 * département de naissance : règles R-NIR-SEXE, R-NIR-AN, R-NIR-MOIS, R-NIR-DEP).
 *
 * @example
 * ```ts
 * const parties: NirDecompose | null = decomposerNir("184127645108946");
 * parties?.departementNaissance; // "76"
 * ```
 */
export interface NirDecompose {
  /** NIR normalisé (13 ou 15 caractères). */
  nir: string;
  /** 1er chiffre : 1, 2, 3, 4, 7 ou 8. */
  chiffreSexe: string;
  /** Sexe déduit du 1er chiffre : impair → `M`, pair → `F`. */
  sexe: "M" | "F";
  /** Vrai pour un numéro provisoire (1er chiffre 7 ou 8). */
  provisoire: boolean;
  /** Vrai pour une personne en cours d'immatriculation (1er chiffre 3 ou 4). */
  immatriculationEnCours: boolean;
  /** Deux derniers chiffres de l'année de naissance (caractères 2–3). */
  anneeNaissance: string;
  /** Code du mois de naissance (caractères 4–5). */
  moisNaissance: string;
  /** Vrai quand le code du mois est un vrai mois (01–12) ; faux pour 20–42 et 50–99. */
  moisConnu: boolean;
  /** Département de naissance : 2 caractères (`75`, `2A`), 3 chiffres outre-mer (`971`), `99` à l'étranger. */
  departementNaissance: string;
  /** Lieu de naissance : métropole (y compris Corse), outre-mer (`97x`/`98x`) ou étranger (`99`). */
  lieuNaissance: "metropole" | "outre_mer" | "etranger";
  /** Code à 5 caractères du lieu de naissance : code commune INSEE, ou `99` + code pays à l'étranger. */
  codeLieuNaissance: string;
  /** Numéro d'ordre (caractères 11–13). */
  numeroOrdre: string;
  /** Clé (caractères 14–15), ou `null` pour un NIR de 13 caractères. */
  cle: string | null;
}
