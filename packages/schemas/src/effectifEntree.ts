import { schemaEffectif } from "./effectif.js";
import { creerSchemaEntree } from "./normalisation/creerSchemaEntree.js";

/**
 * Schéma d'entrée tolérant de l'effectif imbriqué : dates ISO ou date-heures, booléens
 * en texte, codes postaux complétés, nom en majuscules, sexe `H`/`1`/`2`, année
 * scolaire `2024/2025`, dernière situation `0` → absente. Pour le format plat de
 * l'API v3, passer par {@link lireEffectif}.
 *
 * @example
 * ```ts
 * schemaEffectifEntree.parse({ anneeScolaire: "2024/2025", apprenant: { nom: "Martin", sexe: "H" } });
 * // { anneeScolaire: "2024-2025", apprenant: { nom: "MARTIN", sexe: "M" } }
 * ```
 */
export const schemaEffectifEntree = creerSchemaEntree(schemaEffectif);
