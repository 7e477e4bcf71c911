import { changerStatutOffre } from "./changerStatutOffre";
import type { Determination } from "./Determination";
import type { EtatOffre } from "./EtatOffre";

/**
 * Archiver une entreprise annule ses offres actives ou en attente (raison « Entreprise archivée »),
 * et laisse les offres pourvues ou déjà annulées en l'état. Renvoie une décision par offre, dans
 * l'ordre d'entrée.
 *
 * @example
 * ```ts
 * const decisions = annulerOffresEntrepriseArchivee(offres, "2026-05-01T10:00:00+02:00", "admin@example.fr");
 * ```
 */
export function annulerOffresEntrepriseArchivee(offres: readonly EtatOffre[], date: string, accordePar: string): Determination<EtatOffre>[] {
  return offres.map((offre) =>
    offre.statut === "Active" || offre.statut === "Pending"
      ? changerStatutOffre(offre, { statut: "Cancelled", raison: "Entreprise archivée", date, accordePar })
      : { statut: "determine", valeur: offre, parametres: [] },
  );
}
