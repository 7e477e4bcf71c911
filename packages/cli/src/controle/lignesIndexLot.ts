import type { BilanIndexLot } from "./IndexLot";

/**
 * Lignes en français, au niveau de l'exécution, qui disent sur quoi reposent les règles qui
 * regardent au-delà d'un contrat : portefeuille des maîtres (R6223-6) et contrats précédents
 * (D6222-1, D6222-29, D6222-30) — lot lu, historique fourni ou non, saturation de l'index.
 * Partagées par le résumé texte et le rapport HTML.
 *
 * @example
 * ```ts
 * lignesIndexLot(index.bilan).join("\n");
 * ```
 */
export function lignesIndexLot(bilan: BilanIndexLot): string[] {
  const historique = bilan.fichiersHistorique.length === 0 ? "" : ` et les ${bilan.contratsHistorique} contrat(s) de l'historique (${bilan.fichiersHistorique.join(", ")})`;
  const lignes = [
    `Portefeuille des maîtres d'apprentissage (R6223-6, 2 apprentis + 1 prolongé après échec) : contrats en cours comptés sur les ${bilan.contratsLot} contrat(s) du lot lu${historique}, ${bilan.maitres} maître(s) distinct(s) (nom, prénom, date de naissance, SIRET de l'employeur).`,
  ];
  if (bilan.fichiersHistorique.length === 0) {
    lignes.push(
      bilan.contratsLot <= 1
        ? `Aucune source de portefeuille : le lot compte ${bilan.contratsLot === 0 ? "aucun contrat lisible" : "un seul contrat"} et aucun historique des dossiers n'est fourni (--historique) ; les apprentis déjà encadrés par le maître ne sont pas comptés.`
        : "Aucun historique des dossiers (--historique) : les apprentis encadrés hors du lot ne sont pas comptés.",
    );
  }
  if (bilan.maitresSatures) lignes.push("Index des maîtres saturé : les maîtres non indexés restent indéterminés pour le nombre d'apprentis.");
  lignes.push(
    bilan.contratsPrecedentsCherches === 0
      ? "Contrats précédents (D6222-1, D6222-29, D6222-30) : aucun numéro de contrat précédent cité par un contrat successif du lot."
      : `Contrats précédents (D6222-1, D6222-29, D6222-30) : ${bilan.contratsPrecedentsCherches} numéro(s) cité(s), ${bilan.contratsPrecedentsTrouves} retrouvé(s) dans le lot${bilan.fichiersHistorique.length === 0 ? "" : " ou l'historique"} ; pour les autres, l'écart d'un an et la rémunération minimale restent non vérifiés (indéterminé ou information).`,
  );
  if (bilan.contratsPrecedentsSatures) lignes.push("Index des contrats précédents saturé : les numéros au-delà de la limite restent non vérifiés.");
  return lignes;
}
