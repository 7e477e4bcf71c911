import { articleCode } from "./articleCode";
import type { Parametre } from "./Parametre";
import { verificationSpecification } from "./verificationSpecification";

/** Cas où aucune limite d'âge maximal ne s'applique (C. trav. L6222-2). */
export type CasSansLimiteAge = "rqth" | "projet_creation_reprise_entreprise" | "sportif_haut_niveau";

/** Cas où l'âge maximal est porté à 35 ans révolus (C. trav. L6222-2). */
export type CasAgeMaximumDerogatoire =
  | "contrat_successif_diplome_superieur"
  | "rupture_independante_volonte_apprenti"
  | "inaptitude_physique_temporaire";

/** Exceptions à l'âge maximal de l'apprenti. */
export interface ExceptionsAgeMaximumApprenti {
  /** Cas sans limite d'âge : travailleur handicapé (RQTH), projet de création ou reprise d'entreprise subordonné au diplôme, sportif de haut niveau. */
  sansLimite: readonly CasSansLimiteAge[];
  /** Cas où l'âge maximal est porté à `anneesRevoluesDerogatoires`. */
  casDerogatoires: readonly CasAgeMaximumDerogatoire[];
  /** Âge maximal dérogatoire en années révolues (35 : âge en années entières ≤ 35). */
  anneesRevoluesDerogatoires: number;
  /** Délai maximal entre la fin du contrat précédent et le nouveau contrat, en mois (1 an). */
  delaiMaximumEntreContratsMois: number;
}

/**
 * Exceptions à l'âge maximal (C. trav. L6222-2) : aucune limite pour un apprenti RQTH, un projet de
 * création ou reprise d'entreprise ou un sportif de haut niveau ; jusqu'à 35 ans révolus pour un
 * contrat qui suit un contrat d'apprentissage et mène à un diplôme supérieur, ou après une rupture
 * indépendante de la volonté de l'apprenti ou pour inaptitude physique temporaire, avec au plus
 * un an entre les deux contrats.
 *
 * @example
 * ```ts
 * import { exceptionsAgeMaximumApprenti, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(exceptionsAgeMaximumApprenti, "2026-09-01")?.valeur.anneesRevoluesDerogatoires; // 35
 * ```
 */
export const exceptionsAgeMaximumApprenti: Parametre<ExceptionsAgeMaximumApprenti> = {
  id: "apprentissage.age.maximum.exceptions",
  titre: "Exceptions à l'âge maximal de l'apprenti",
  description:
    "Cas sans limite d'âge et cas où l'âge maximal est porté à 35 ans révolus, avec le délai maximal d'un an entre deux contrats.",
  unite: "ans révolus / mois",
  valeurs: [
    {
      dateEffet: "2019-01-01",
      valeur: {
        sansLimite: ["rqth", "projet_creation_reprise_entreprise", "sportif_haut_niveau"],
        casDerogatoires: [
          "contrat_successif_diplome_superieur",
          "rupture_independante_volonte_apprenti",
          "inaptitude_physique_temporaire",
        ],
        anneesRevoluesDerogatoires: 35,
        delaiMaximumEntreContratsMois: 12,
      },
      references: [articleCode("travail", "L6222-2")],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "verifie",
      notes: `Cas et âges de la spécification (contrat.md §3.3, R-AGE-MAX). Non encodé : l'échec à l'examen suivi d'un contrat avec un autre employeur, cité par l'aide de l'application de référence (à vérifier). Date d'effet alignée sur la limite de 29 ans (loi n° 2018-771) ; série antérieure non encodée. ${verificationSpecification.mention}`,
    },
  ],
};
