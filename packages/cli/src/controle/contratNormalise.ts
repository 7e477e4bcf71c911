import { lireContrat } from "@communs-opco/schemas";

/**
 * Contrat sur lequel les règles sont évaluées : le contrat normalisé par le schéma tolérant
 * (`lireContrat`), sinon l'objet brut (les règles lisent chaque champ par son chemin) ;
 * `undefined` pour une valeur qui n'est pas un objet.
 *
 * @example
 * ```ts
 * contratNormalise({ contrat: { dateConclusion: "2025-08-20" } }); // { contrat: { dateSignature: "2025-08-20" } }
 * ```
 */
export function contratNormalise(valeur: unknown): object | undefined {
  if (typeof valeur !== "object" || valeur === null || Array.isArray(valeur)) return undefined;
  const lu = lireContrat(valeur);
  return lu.ok ? lu.contrat : valeur;
}
