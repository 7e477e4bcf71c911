import { articleCode } from "./articleCode";
import type { Parametre } from "./Parametre";
import { verificationSpecification } from "./verificationSpecification";

/**
 * Écart maximal entre début de formation et début du contrat. La date de début de la formation théorique doit se situer au plus 3 mois avant ou 3 mois après la date de début d'exécution du contrat (règle R-D13 ; addition de mois calendaires, bornée à la fin du mois).
 *
 * @example
 * ```ts
 * import { fenetreDebutFormation, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(fenetreDebutFormation, "2026-09-01")?.valeur; // 3
 * ```
 */
export const fenetreDebutFormation: Parametre<number> = {
  id: "apprentissage.fenetre.debut_formation",
  titre: "Écart maximal entre début de formation et début du contrat",
  description: "La date de début de la formation théorique doit se situer au plus 3 mois avant ou 3 mois après la date de début d'exécution du contrat (règle R-D13 ; addition de mois calendaires, bornée à la fin du mois).",
  unite: "mois",
  valeurs: [
    {
      dateEffet: "2019-01-01",
      valeur: 3,
      references: [articleCode("travail", "L6222-12")],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "verifie",
      notes: `Fenêtre et base légale données par la spécification (contrat.md §3.5, R-D13 : les périodes en entreprise et en CFA commencent à moins de 3 mois d'écart). Date d'effet : rédaction issue de la loi n° 2018-771 (série antérieure non encodée). ${verificationSpecification.mention}`,
    },
  ],
};
