import { calculerExpirationOffre } from "./calculerExpirationOffre";
import type { Determination } from "./Determination";
import type { EtatOffre } from "./EtatOffre";

/**
 * « Prolonger » une offre active : expiration = `maintenant` + durée de validité (début de
 * journée, Paris), compteur de prolongations incrémenté, relances remises à zéro. Refusé pour une
 * offre qui n'est pas active ou déjà expirée à `maintenant` (elle doit être réactivée).
 *
 * @example
 * ```ts
 * const r = prolongerOffre({ statut: "Active", expiration: "2026-03-15T00:00:00+01:00", prolongations: 0 }, "2026-03-10T08:00:00+01:00");
 * // r.valeur : { …, expiration: "2026-05-10T00:00:00+02:00", prolongations: 1, derniereProlongation: "2026-03-10T08:00:00+01:00" }
 * ```
 */
export function prolongerOffre(offre: EtatOffre, maintenant: string): Determination<EtatOffre> {
  if (offre.statut !== "Active") {
    return { statut: "refuse", raison: `seule une offre active peut être prolongée (statut : ${offre.statut})`, parametres: [] };
  }
  const instant = Date.parse(maintenant);
  if (!Number.isFinite(instant)) return { statut: "indetermine", raison: `instant illisible : « ${maintenant} »`, parametres: [] };
  if (instant >= Date.parse(offre.expiration)) {
    return { statut: "refuse", raison: "l'offre est expirée : elle doit être réactivée, pas prolongée", parametres: [] };
  }
  const expiration = calculerExpirationOffre(maintenant);
  if (expiration.statut !== "determine") return expiration;
  return {
    statut: "determine",
    valeur: {
      ...offre,
      expiration: expiration.valeur,
      prolongations: (offre.prolongations ?? 0) + 1,
      derniereProlongation: maintenant,
      relancesEnvoyees: {},
    },
    parametres: expiration.parametres,
  };
}
