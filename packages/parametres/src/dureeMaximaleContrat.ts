import { articleCode } from "./articleCode";
import type { Parametre } from "./Parametre";
import { verificationSpecification } from "./verificationSpecification";

/**
 * Durée maximale du contrat d'apprentissage. Durée maximale de droit commun (3 ans), en mois entiers (règle R-D3). Les allongements (RQTH, échec à l'examen) sont des paramètres distincts ; une convention d'aménagement (dérogation 22 ou 50) ou un sportif de haut niveau justifient un avertissement au-delà.
 *
 * @example
 * ```ts
 * import { dureeMaximaleContrat, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(dureeMaximaleContrat, "2026-09-01")?.valeur; // 36
 * ```
 */
export const dureeMaximaleContrat: Parametre<number> = {
  id: "apprentissage.contrat.duree.maximale",
  titre: "Durée maximale du contrat d'apprentissage",
  description: "Durée maximale de droit commun (3 ans), en mois entiers (règle R-D3). Les allongements (RQTH, échec à l'examen) sont des paramètres distincts ; une convention d'aménagement (dérogation 22 ou 50) ou un sportif de haut niveau justifient un avertissement au-delà.",
  unite: "mois",
  valeurs: [
    {
      dateEffet: "2019-01-01",
      valeur: 36,
      references: [articleCode("travail", "L6222-7-1")],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "verifie",
      notes: `Valeur et base légale données par la spécification (contrat.md §3.5, R-D3). L'application de référence plafonne à 54 mois pour tous les contrats, sans contrôle à 36 mois. Date d'effet : loi n° 2018-771 (série antérieure non encodée). ${verificationSpecification.mention}`,
    },
  ],
};
