import { articleCode } from "./articleCode";
import type { Parametre } from "./Parametre";
import { verificationSpecification } from "./verificationSpecification";

/** Part minimale de la formation en CFA dans la durée du contrat. */
export interface PartMinimaleFormation {
  /** Pourcentage minimal de la durée du contrat consacré à la formation (25 pour 25 %). */
  pourcentage: number;
  /** Heures de travail annuelles de référence pour convertir la durée du contrat en heures (1 607 h). */
  heuresAnnuellesReference: number;
}

/**
 * Durée minimale de la formation : au moins 25 % de la durée du contrat, calculée sur 1 607 h par
 * an (règle R-DUREE-25) : `dureeFormation ≥ pourcentage / 100 × heuresAnnuellesReference × dureeContratMois / 12`.
 * Aucun plancher de 150 h ne figure dans la spécification : il n'est pas encodé.
 *
 * @example
 * ```ts
 * import { partMinimaleFormation, valeurParametre } from "@communs-opco/parametres";
 * const p = valeurParametre(partMinimaleFormation, "2026-09-01")!.valeur;
 * (p.pourcentage / 100) * p.heuresAnnuellesReference * (24 / 12); // 803.5 h pour un contrat de 24 mois
 * ```
 */
export const partMinimaleFormation: Parametre<PartMinimaleFormation> = {
  id: "apprentissage.formation.part_minimale",
  titre: "Part minimale de la formation dans la durée du contrat",
  description:
    "La durée de formation en CFA représente au moins 25 % de la durée du contrat, comptée sur 1 607 heures par an.",
  unite: "% de la durée du contrat",
  valeurs: [
    {
      dateEffet: "2019-01-01",
      valeur: { pourcentage: 25, heuresAnnuellesReference: 1607 },
      references: [articleCode("travail", "L6211-2")],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "a_verifier",
      notes: `Règle R-DUREE-25 de la spécification du projet, proposée en avertissement ; base légale L6211-2 à vérifier. Date d'effet : loi n° 2018-771, à vérifier. ${verificationSpecification.mention}`,
    },
  ],
};
