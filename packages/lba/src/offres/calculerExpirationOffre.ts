import { valeurParametre } from "@communs-opco/parametres";
import { dureeValiditeOffre } from "../parametres/dureeValiditeOffre";
import { ajouterMois } from "../temps/ajouterMois";
import { dateParis } from "../temps/dateParis";
import { instantParis } from "../temps/instantParis";
import type { Determination } from "./Determination";

/**
 * Date d'expiration d'une offre créée, réactivée ou prolongée à l'instant `depuis` : date civile
 * de Paris de `depuis` + durée de validité ({@link dureeValiditeOffre}, lue à cette date), au
 * début de la journée (minuit, heure de Paris). Un jour absent du mois d'arrivée est ramené au
 * dernier jour du mois.
 *
 * @param depuis - instant ISO 8601 de création, de réactivation ou de prolongation.
 * @example
 * ```ts
 * const r = calculerExpirationOffre("2026-01-15T14:30:00+01:00");
 * r.statut === "determine" && r.valeur; // "2026-03-15T00:00:00+01:00"
 * ```
 */
export function calculerExpirationOffre(depuis: string): Determination<string> {
  const paris = dateParis(depuis);
  if (paris === undefined) return { statut: "indetermine", raison: `instant illisible : « ${depuis} »`, parametres: [] };
  const duree = valeurParametre(dureeValiditeOffre, paris.date);
  if (duree === undefined) {
    return { statut: "indetermine", raison: `durée de validité des offres inconnue au ${paris.date}`, parametres: [] };
  }
  const date = ajouterMois(paris.date, duree.valeur);
  const expiration = date === undefined ? undefined : instantParis(date);
  if (expiration === undefined) return { statut: "indetermine", raison: "date d'expiration incalculable", parametres: [duree] };
  return { statut: "determine", valeur: expiration, parametres: [duree] };
}
