import { articleCode } from "./articleCode";
import type { Parametre } from "./Parametre";
import { revueJuridique } from "./revueJuridique";

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
  /**
   * Âge maximal dérogatoire en années révolues (35 : âge en années entières ≤ 35), apprécié à la
   * date de **conclusion** du nouveau contrat (C. trav. D6222-1), et non à son début d'exécution.
   */
  anneesRevoluesDerogatoires: number;
  /** Délai maximal entre l'expiration du contrat précédent et la conclusion du nouveau, en mois (1 an, D6222-1 2°). */
  delaiMaximumEntreContratsMois: number;
}

/**
 * Exceptions à l'âge maximal (C. trav. L6222-2 et D6222-1) : aucune limite pour un apprenti RQTH,
 * un projet de création ou reprise d'entreprise ou un sportif de haut niveau ; jusqu'à 35 ans
 * révolus **à la conclusion** du nouveau contrat quand il suit un contrat d'apprentissage et mène
 * à un diplôme supérieur, ou après une rupture indépendante de la volonté de l'apprenti ou pour
 * inaptitude physique temporaire, conclu au plus un an après l'expiration du précédent.
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
    "Cas sans limite d'âge et cas où l'âge maximal est porté à 35 ans révolus à la date de conclusion du nouveau contrat (D6222-1), avec le délai maximal d'un an entre l'expiration du contrat précédent et la conclusion du nouveau.",
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
      references: [articleCode("travail", "L6222-2"), articleCode("travail", "D6222-1")],
      verifiedOn: revueJuridique.verifiedOn,
      statut: "verifie",
      notes: `L'âge de 35 ans révolus se mesure à la date de conclusion du nouveau contrat (D6222-1), la limite de 29 ans de droit commun au début d'exécution (L6222-1). D6222-1 3° énumère les causes de rupture indépendantes de la volonté de l'apprenti (cessation d'activité de l'employeur, faute ou manquements répétés de l'employeur, suspension de l'exécution du contrat selon L6225-4 et suivants) ; 4° : inaptitude physique et temporaire (L6222-18). Non encodé : l'échec à l'examen suivi d'un contrat avec un autre employeur, cité par l'aide de l'application de référence. Date d'effet alignée sur la limite de 29 ans (loi n° 2018-771) ; série antérieure non encodée. ${revueJuridique.mention}`,
    },
  ],
};
