import { calculerExpirationOffre } from "./calculerExpirationOffre";
import type { Determination } from "./Determination";
import type { EtatOffre } from "./EtatOffre";
import type { StatutOffreLba } from "./StatutOffreLba";

/**
 * Changement de statut demandé par un utilisateur ou un traitement.
 *
 * @example
 * ```ts
 * const changement: ChangementStatutOffre = { statut: "Filled", raison: "Apprenti recruté", date: "2026-02-01T10:00:00+01:00", accordePar: "recruteur@example.fr" };
 * ```
 */
export interface ChangementStatutOffre {
  readonly statut: StatutOffreLba;
  readonly raison: string;
  /** Instant ISO 8601 du changement. */
  readonly date: string;
  readonly accordePar: string;
}

const TRANSITIONS: Readonly<Record<StatutOffreLba, readonly StatutOffreLba[]>> = {
  Pending: ["Active", "Cancelled"],
  Active: ["Filled", "Cancelled"],
  Filled: ["Active"],
  Cancelled: ["Active"],
};

/**
 * Applique un changement de statut permis et l'inscrit à l'historique :
 * - en attente → active (validation du compte) ou annulée ;
 * - active → pourvue ou annulée (y compris l'archivage de l'entreprise) ;
 * - pourvue ou annulée → active (réactivation).
 * Toute activation recalcule l'expiration depuis la date du changement ({@link calculerExpirationOffre})
 * et remet les relances à zéro. Une transition non permise est refusée (jamais d'exception).
 *
 * @example
 * ```ts
 * const r = changerStatutOffre({ statut: "Pending", expiration: "2026-03-15T00:00:00+01:00" },
 *   { statut: "Active", raison: "Compte validé", date: "2026-02-01T10:00:00+01:00", accordePar: "opco@example.fr" });
 * // r.valeur.expiration : "2026-04-01T00:00:00+02:00"
 * ```
 */
export function changerStatutOffre(offre: EtatOffre, changement: ChangementStatutOffre): Determination<EtatOffre> {
  if (!TRANSITIONS[offre.statut].includes(changement.statut)) {
    return { statut: "refuse", raison: `transition non permise : ${offre.statut} → ${changement.statut}`, parametres: [] };
  }
  if (!Number.isFinite(Date.parse(changement.date))) {
    return { statut: "indetermine", raison: `date du changement illisible : « ${changement.date} »`, parametres: [] };
  }
  const historique = [
    ...(offre.historique ?? []),
    { statut: changement.statut, raison: changement.raison, date: changement.date, accordePar: changement.accordePar },
  ];
  if (changement.statut !== "Active") {
    return { statut: "determine", valeur: { ...offre, statut: changement.statut, historique }, parametres: [] };
  }
  const expiration = calculerExpirationOffre(changement.date);
  if (expiration.statut !== "determine") return expiration;
  return {
    statut: "determine",
    valeur: { ...offre, statut: "Active", expiration: expiration.valeur, relancesEnvoyees: {}, historique },
    parametres: expiration.parametres,
  };
}
