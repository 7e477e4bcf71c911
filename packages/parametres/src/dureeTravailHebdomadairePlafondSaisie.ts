import { articleCode } from "./articleCode";
import type { Parametre } from "./Parametre";
import { verificationSpecification } from "./verificationSpecification";

/**
 * Plafond de la durée hebdomadaire déclarée. Durée hebdomadaire déclarée sur le CERFA au-delà de laquelle la règle R-HEBDO signale une erreur (40 h, atteignables dans certains secteurs par dérogation ; au-delà de la durée légale, avertissement).
 *
 * @example
 * ```ts
 * import { dureeTravailHebdomadairePlafondSaisie, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(dureeTravailHebdomadairePlafondSaisie, "2026-09-01")?.valeur; // 40
 * ```
 */
export const dureeTravailHebdomadairePlafondSaisie: Parametre<number> = {
  id: "apprentissage.travail.duree_hebdomadaire.plafond",
  titre: "Plafond de la durée hebdomadaire déclarée",
  description: "Durée hebdomadaire déclarée sur le CERFA au-delà de laquelle la règle R-HEBDO signale une erreur (40 h, atteignables dans certains secteurs par dérogation ; au-delà de la durée légale, avertissement).",
  unite: "heures/semaine",
  valeurs: [
    {
      dateEffet: "2019-01-01",
      valeur: 40,
      references: [articleCode("travail", "L6222-25")],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "a_verifier",
      notes: `Plafond de 40 h de la règle R-HEBDO (contrat.md §3.5), contrôle de l'application de référence ; la spécification le rattache aux dérogations sectorielles, base légale à vérifier. ${verificationSpecification.mention}`,
    },
  ],
};
