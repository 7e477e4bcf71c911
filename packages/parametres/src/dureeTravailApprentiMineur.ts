import { articleCode } from "./articleCode";
import type { Parametre } from "./Parametre";
import { revueJuridique } from "./revueJuridique";

/** Durées maximales de travail d'un apprenti mineur. */
export interface DureeTravailApprentiMineur {
  /** Heures de travail effectif par semaine au plus, sans dérogation. */
  heuresParSemaine: number;
  /** Heures de travail effectif par jour au plus, sans dérogation. */
  heuresParJour: number;
  /** Heures par semaine au plus avec une dérogation (activités fixées par décret ou autorisation de l'inspecteur du travail). */
  heuresParSemaineAvecDerogation: number;
  /** Heures par jour au plus avec une dérogation. */
  heuresParJourAvecDerogation: number;
}

/**
 * Durée maximale du travail d'un apprenti mineur (C. trav. L6222-25, L3162-1) : 8 h par jour et
 * 35 h par semaine ; par dérogation (activités listées par décret, R3162-1, ou autorisation de
 * l'inspecteur du travail), jusqu'à 10 h par jour et 40 h par semaine. Le CERFA ne porte que la
 * durée hebdomadaire.
 *
 * @example
 * ```ts
 * import { dureeTravailApprentiMineur, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(dureeTravailApprentiMineur, "2026-09-01")?.valeur.heuresParSemaineAvecDerogation; // 40
 * ```
 */
export const dureeTravailApprentiMineur: Parametre<DureeTravailApprentiMineur> = {
  id: "apprentissage.travail.mineur",
  titre: "Durée maximale du travail de l'apprenti mineur",
  description:
    "Durée maximale de travail effectif d'un apprenti de moins de 18 ans : 35 heures par semaine et 8 heures par jour ; avec une dérogation, 40 heures par semaine et 10 heures par jour au plus.",
  unite: "heures",
  valeurs: [
    {
      dateEffet: "2019-01-01",
      valeur: { heuresParSemaine: 35, heuresParJour: 8, heuresParSemaineAvecDerogation: 40, heuresParJourAvecDerogation: 10 },
      references: [articleCode("travail", "L6222-25"), articleCode("travail", "L3162-1"), articleCode("travail", "R3162-1")],
      verifiedOn: revueJuridique.verifiedOn,
      statut: "a_verifier",
      aVerifier: "Article réglementaire (R3162-1) qui liste les activités ouvrant la dérogation jusqu'à 10 h par jour et 40 h par semaine, et date d'effet de la série (2019-01-01 retenue).",
      notes: `Au-delà de 35 h par semaine : erreur, sauf dérogation déclarée ; au-delà de 40 h : erreur dans tous les cas. ${revueJuridique.mention}`,
    },
  ],
};
