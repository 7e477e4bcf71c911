import type { ContratAControler } from "../ContratAControler";
import { Lecture } from "../Lecture";
import type { ConstatRegle } from "../Regle";

/**
 * Contrôle champ par champ d'une règle de format : pour chaque chemin renseigné du contrat,
 * `verifier` reçoit la valeur brute et renvoie `null` si elle est admise, sinon le message et les
 * détails d'un constat `non_conforme` portant sur ce seul chemin. Les champs absents ou vides ne
 * sont pas contrôlés (leur présence relève de la complétude).
 *
 * @example
 * ```ts
 * controlerChamps(contrat, ["apprenti.nom"], (v) => (typeof v === "string" ? null : { message: "Le nom doit être un texte." }));
 * ```
 */
export function controlerChamps(
  contrat: ContratAControler,
  chemins: readonly string[],
  verifier: (valeur: unknown, chemin: string) => { message: string; details?: Record<string, unknown> } | null,
): ConstatRegle[] {
  const l = new Lecture(contrat);
  const constats: ConstatRegle[] = [];
  for (const chemin of chemins) {
    if (!l.renseigne(chemin)) continue;
    const ecart = verifier(l.brut(chemin), chemin);
    if (ecart !== null) constats.push({ statut: "non_conforme", chemins: [chemin], message: ecart.message, details: ecart.details ?? {} });
  }
  return constats;
}
