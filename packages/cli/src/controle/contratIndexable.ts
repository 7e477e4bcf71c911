import { estContratStandard } from "@communs-opco/schemas";
import { contratNormalise } from "./contratNormalise";
import { extraitPourIndex } from "./extraitPourIndex";

/**
 * Contrat tel que l'index du lot le lit (par chemin : SIRET, maîtres, dates, numéros, rémunération,
 * diplôme) : l'enregistrement réduit aux champs utiles à l'index (`extraitPourIndex`), normalisé
 * par le schéma tolérant (`contratNormalise`). Quand cet extrait est déjà au standard (validateur
 * compilé au build, `estContratStandard`, qui n'accepte que ce que le schéma tolérant rendrait à
 * l'identique), il est rendu tel quel, sans normalisation : valider l'extrait (une quinzaine de
 * champs) coûte bien moins que valider l'enregistrement entier. `undefined` pour une valeur qui
 * n'est pas un objet. Les valeurs des champs rendus peuvent être celles de l'entrée : ne pas les modifier.
 *
 * @example
 * ```ts
 * contratIndexable({ contrat: { dateConclusion: "2025-08-20" } }); // { contrat: { dateSignature: "2025-08-20" } }
 * ```
 */
export function contratIndexable(valeur: unknown): object | undefined {
  if (typeof valeur !== "object" || valeur === null || Array.isArray(valeur)) return undefined;
  const extrait = extraitPourIndex(valeur) as object;
  return estContratStandard(extrait) ? extrait : contratNormalise(extrait);
}
