import { resoudreOpco } from "@communs-opco/nomenclatures";

/**
 * Libellé exact sous lequel La bonne alternance (et l'API Apprentissage) désigne un OPCO
 * (`workplace_opco`, paramètre `opco` de `/v3/jobs/search`), à partir de n'importe lequel de ses noms.
 *
 * @returns le libellé, ou `undefined` si le nom ne désigne aucun des 11 OPCO.
 * @example
 * ```ts
 * libelleOpcoLba("opco-ep"); // "Opco entreprises de proximité"
 * libelleOpcoLba("UNIFORMATION COHESION SOCIALE"); // "Uniformation, l'Opco de la Cohésion sociale"
 * ```
 */
export function libelleOpcoLba(nom: string): string | undefined {
  return resoudreOpco(nom)?.alias.find((alias) => alias.systeme === "lba_libelle")?.valeur;
}
