import type { ResultatIdentifiant } from "./ResultatIdentifiant";

/**
 * Construit un résultat de contrôle négatif portant une erreur (code stable et message français).
 *
 * @example
 * ```ts
 * resultatInvalide("uai.cle", "la lettre clé de l'UAI est incorrecte");
 * // { valide: false, erreurs: [{ code: "uai.cle", message: "la lettre clé de l'UAI est incorrecte" }] }
 * ```
 */
export function resultatInvalide(code: string, message: string): ResultatIdentifiant {
  return { valide: false, erreurs: [{ code, message }] };
}
