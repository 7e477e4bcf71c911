import type { Parametre } from "./Parametre";
import { texteJournalOfficiel } from "./texteJournalOfficiel";
import { verificationSpecification } from "./verificationSpecification";

/**
 * Âge de la majorité civile, en années accomplies : un apprenti est mineur avant ses 18 ans
 * (représentant légal, durée du travail des jeunes travailleurs, titre de séjour des mineurs).
 * Règles : `apprenti.representantLegal.presence`, `apprenti.mineur.coherence`,
 * `apprenti.titreSejour.mineur`, `contrat.dureeTravail.hebdomadaire`.
 *
 * @example
 * ```ts
 * import { ageMajorite, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(ageMajorite, "2026-09-01")?.valeur; // 18
 * ```
 */
export const ageMajorite: Parametre<number> = {
  id: "droit_civil.age_majorite",
  titre: "Âge de la majorité",
  description: "La majorité est fixée à dix-huit ans accomplis ; avant cet âge, l'apprenti est mineur.",
  unite: "ans révolus",
  valeurs: [
    {
      dateEffet: "1974-07-07",
      valeur: 18,
      references: [
        {
          titre: "Code civil, article 414",
          identifiant: "LEGITEXT000006070721",
          url: "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070721",
        },
        texteJournalOfficiel("loi", "1974-07-05", "74-631", "Loi n° 74-631 du 5 juillet 1974 fixant à dix-huit ans l'âge de la majorité"),
      ],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "verifie",
      notes: `Seuil « mineur = moins de 18 ans » de la spécification du projet (R-MINEUR-RL, R-MINEUR-COH, R-ASE, R-HEBDO). Ajouté par le paquet regles. ${verificationSpecification.mention}`,
    },
  ],
};
