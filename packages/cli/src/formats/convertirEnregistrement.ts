import type { TypeEnregistrement } from "@communs-opco/adaptateur";
import type { Contrat, Dossier } from "@communs-opco/schemas";

/**
 * Convertit un enregistrement standard d'un type à l'autre pour passer d'un format à un
 * autre : un contrat devient le dossier `{contrat}`, un dossier donne son contrat (ou
 * `undefined` s'il n'en a pas). Les effectifs (Tableau de bord) ne se convertissent
 * pas en contrats ou dossiers : `undefined`.
 *
 * @example
 * ```ts
 * convertirEnregistrement({ apprenti: { nom: "MARTIN" } }, "contrat", "dossier"); // { contrat: { apprenti: { nom: "MARTIN" } } }
 * ```
 */
export function convertirEnregistrement(valeur: unknown, de: TypeEnregistrement, vers: TypeEnregistrement): unknown {
  if (de === vers) return valeur;
  if (de === "contrat" && vers === "dossier") return { contrat: valeur as Contrat } satisfies Dossier;
  if (de === "dossier" && vers === "contrat") return (valeur as Dossier).contrat;
  return undefined;
}
