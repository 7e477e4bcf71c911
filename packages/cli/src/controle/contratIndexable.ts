import { estContratStandard } from "@communs-opco/schemas";
import { contratNormalise } from "./contratNormalise";
import { extraitPourIndex } from "./extraitPourIndex";

/**
 * Contrat tel que l'index du lot le lit (par chemin : SIRET, maîtres, dates, numéros, rémunération,
 * diplôme). Un enregistrement déjà au standard (validateur compilé au build, `estContratStandard`)
 * est rendu tel quel : le schéma tolérant le rendrait à l'identique, champ pour champ, et l'index ne
 * lit que des champs ; tout autre enregistrement est réduit aux champs utiles à l'index
 * (`extraitPourIndex`) puis normalisé par le schéma tolérant (`contratNormalise`). `undefined` pour
 * une valeur qui n'est pas un objet. L'objet rendu peut être l'entrée elle-même : ne pas le modifier.
 *
 * @example
 * ```ts
 * contratIndexable({ contrat: { dateConclusion: "2025-08-20" } }); // { contrat: { dateSignature: "2025-08-20" } }
 * ```
 */
export function contratIndexable(valeur: unknown): object | undefined {
  if (typeof valeur !== "object" || valeur === null || Array.isArray(valeur)) return undefined;
  if (estContratStandard(valeur)) return valeur;
  return contratNormalise(extraitPourIndex(valeur));
}
