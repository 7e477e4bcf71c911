import type { ConstatRegle } from "../Regle";

/**
 * Constat d'information d'un point des contrats successifs qui n'a pas pu être vérifié faute de
 * contrat précédent connu : il nomme le point, la raison et les données qui manquent.
 *
 * @example
 * ```ts
 * contratPrecedentInconnu("Rémunération au moins égale à la dernière année du contrat précédent (D6222-29)", p, "le taux de sa dernière année");
 * ```
 */
export function contratPrecedentInconnu(point: string, p: { raison: string; manquants: string[] }, besoin: string): ConstatRegle {
  return {
    statut: "indetermine",
    severite: "information",
    message: `${point} : non vérifié, contrat précédent inconnu (${p.raison}). Il faut ${besoin} du contrat précédent.`,
    manquants: p.manquants,
    details: { raison: p.raison },
  };
}
