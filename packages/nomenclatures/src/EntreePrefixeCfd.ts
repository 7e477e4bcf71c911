/**
 * Correspondance entre les 3 premiers caractères d'un code formation diplôme (CFD) et le type de
 * diplôme du CERFA (code de la liste DIPLOMES).
 *
 * @example
 * ```ts
 * import { tablePrefixeCfd } from "@communs-opco/nomenclatures";
 * tablePrefixeCfd.entrees.find((e) => e.code === "500")?.typeDiplome; // "33" (CAP)
 * ```
 */
export interface EntreePrefixeCfd {
  /** Préfixe : 3 premiers caractères du CFD. */
  readonly code: string;
  /** Code DIPLOMES du CERFA, ou `null` quand la source donne un code hors liste (préfixe 251). */
  readonly typeDiplome: string | null;
  /** Code donné par la source quand il diffère de `typeDiplome` (préfixe 251 → « 64 »). */
  readonly typeDiplomeSource?: string;
  /** Libellé du type de diplôme, `null` si le code n'est pas dans la liste DIPLOMES. */
  readonly libelle: string | null;
}
