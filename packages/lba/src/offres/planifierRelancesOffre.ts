import { valeurParametre } from "@communs-opco/parametres";
import { relancesExpirationOffre } from "../parametres/relancesExpirationOffre";
import { ajouterJours } from "../temps/ajouterJours";
import { dateParis } from "../temps/dateParis";
import { instantParis } from "../temps/instantParis";
import type { Determination } from "./Determination";

/**
 * Relance planifiée d'une offre.
 *
 * @example
 * ```ts
 * const relance: RelancePlanifiee = { code: "J7", prevueA: "2026-03-08T09:20:00+01:00" };
 * ```
 */
export interface RelancePlanifiee {
  readonly code: string;
  /** Instant ISO 8601 d'envoi prévu. */
  readonly prevueA: string;
}

/**
 * Instants des relances d'expiration d'une offre ({@link relancesExpirationOffre} lues à la date
 * civile de Paris de l'expiration) : date d'expiration − N jours, à l'heure de la tâche planifiée.
 *
 * @param expiration - instant ISO 8601 d'expiration de l'offre.
 * @example
 * ```ts
 * const r = planifierRelancesOffre("2026-03-15T00:00:00+01:00");
 * // r.valeur : [{ code: "J7", prevueA: "2026-03-08T09:20:00+01:00" }, { code: "J1", prevueA: "2026-03-14T09:25:00+01:00" }]
 * ```
 */
export function planifierRelancesOffre(expiration: string): Determination<readonly RelancePlanifiee[]> {
  const paris = dateParis(expiration);
  if (paris === undefined) return { statut: "indetermine", raison: `expiration illisible : « ${expiration} »`, parametres: [] };
  const relances = valeurParametre(relancesExpirationOffre, paris.date);
  if (relances === undefined) {
    return { statut: "indetermine", raison: `relances d'expiration inconnues au ${paris.date}`, parametres: [] };
  }
  const planifiees: RelancePlanifiee[] = [];
  for (const relance of relances.valeur) {
    const jour = ajouterJours(paris.date, -relance.joursAvant);
    const prevueA = jour === undefined ? undefined : instantParis(jour, relance.heure);
    if (prevueA === undefined) return { statut: "indetermine", raison: `relance ${relance.code} incalculable`, parametres: [relances] };
    planifiees.push({ code: relance.code, prevueA });
  }
  return { statut: "determine", valeur: planifiees, parametres: [relances] };
}
