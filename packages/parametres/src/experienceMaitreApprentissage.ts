import { articleCode } from "./articleCode";
import type { Parametre } from "./Parametre";
import { verificationSpecification } from "./verificationSpecification";

/** Expérience professionnelle exigée du maître d'apprentissage. */
export interface ExperienceMaitreApprentissage {
  /** Années d'activité en rapport avec la qualification préparée, avec un diplôme du même domaine et de niveau au moins égal. */
  anneesAvecDiplome: number;
  /** Années d'activité en rapport avec la qualification préparée, sans diplôme de niveau suffisant. */
  anneesSansDiplome: number;
}

/**
 * Compétence du maître d'apprentissage (règle R-MA-ELIG) : un diplôme du domaine de niveau au moins
 * égal à celui préparé et 1 an d'activité, ou 2 ans d'activité, sauf conditions conventionnelles.
 *
 * @example
 * ```ts
 * import { experienceMaitreApprentissage, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(experienceMaitreApprentissage, "2026-09-01")?.valeur.anneesSansDiplome; // 2
 * ```
 */
export const experienceMaitreApprentissage: Parametre<ExperienceMaitreApprentissage> = {
  id: "apprentissage.maitre.experience",
  titre: "Expérience exigée du maître d'apprentissage",
  description:
    "Années d'activité professionnelle en rapport avec la qualification préparée exigées du maître d'apprentissage, selon qu'il a ou non un diplôme du domaine de niveau au moins égal.",
  unite: "années",
  valeurs: [
    {
      dateEffet: "2019-01-01",
      valeur: { anneesAvecDiplome: 1, anneesSansDiplome: 2 },
      references: [articleCode("travail", "R6223-22")],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "a_verifier",
      notes: `Conditions résumées par la spécification du projet (R-MA-ELIG : « R6223-22, as summarised; to verify »). Une convention collective peut fixer d'autres conditions. Date d'effet à vérifier. ${verificationSpecification.mention}`,
    },
  ],
};
