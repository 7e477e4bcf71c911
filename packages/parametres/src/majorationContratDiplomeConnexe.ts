import { articleCode } from "./articleCode";
import type { Parametre } from "./Parametre";

/** Majoration de la rémunération d'un contrat court préparant un diplôme connexe de même niveau. */
export interface MajorationContratDiplomeConnexe {
  /** Points de pourcentage ajoutés au taux de la dernière année du contrat précédent (15). */
  points: number;
  /** Durée maximale du nouveau contrat, en mois (un an). */
  dureeMaximaleContratMois: number;
}

/**
 * Contrat d'une durée d'un an au plus pour préparer un diplôme ou titre de même niveau que celui
 * obtenu au terme du contrat précédent, en rapport direct avec lui (C. trav. D6222-30, à
 * vérifier) : la rémunération est au moins celle de la dernière année du contrat précédent
 * majorée de 15 points. Paramètre lu à la date de conclusion du nouveau contrat.
 *
 * @example
 * ```ts
 * import { majorationContratDiplomeConnexe, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(majorationContratDiplomeConnexe, "2026-09-01")?.valeur.points; // 15
 * ```
 */
export const majorationContratDiplomeConnexe: Parametre<MajorationContratDiplomeConnexe> = {
  id: "apprentissage.remuneration.majoration_diplome_connexe",
  titre: "Majoration d'un contrat d'un an pour un diplôme connexe de même niveau",
  description:
    "Points ajoutés au taux de la dernière année du contrat précédent quand un contrat d'un an au plus prépare un diplôme de même niveau, en rapport direct avec le diplôme obtenu.",
  unite: "points de pourcentage / mois",
  valeurs: [
    {
      dateEffet: "2019-01-01",
      valeur: { points: 15, dureeMaximaleContratMois: 12 },
      references: [articleCode("travail", "D6222-30", "(article à vérifier)")],
      verifiedOn: "2026-12-06",
      statut: "a_verifier",
      notes:
        "Règle relevée le 2026-12-06 lors de la revue juridique des contrôles ; numéro d'article et date d'effet (rédaction issue du décret n° 2018-1347 du 28 décembre 2018, applicable au 2019-01-01) à vérifier sur Légifrance avant de passer le statut à « verifie ».",
    },
  ],
};
