import type { Parametre } from "./Parametre";
import { texteJournalOfficiel } from "./texteJournalOfficiel";
import { verificationSpecification } from "./verificationSpecification";

/** Majoration du taux de rémunération d'un apprenti d'un employeur public, en points, selon le niveau du diplôme préparé. */
export interface MajorationRemunerationSecteurPublic {
  /** Points ajoutés pour un diplôme de niveau 4 (baccalauréat). */
  pointsNiveau4: number;
  /** Points ajoutés pour un diplôme de niveau 5 (bac + 2). */
  pointsNiveau5: number;
}

/**
 * Majoration de la rémunération des apprentis des employeurs publics (règle R-REM-PUBLIC) :
 * +10 points pour un diplôme de niveau 4, +20 points pour un niveau 5 (champ CERFA
 * `remunerationMajoration` 0/10/20). Périmètre des niveaux et texte à vérifier.
 *
 * @example
 * ```ts
 * import { majorationRemunerationSecteurPublic, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(majorationRemunerationSecteurPublic, "2026-09-01")?.valeur.pointsNiveau5; // 20
 * ```
 */
export const majorationRemunerationSecteurPublic: Parametre<MajorationRemunerationSecteurPublic> = {
  id: "apprentissage.remuneration.majoration_secteur_public",
  titre: "Majoration de rémunération des apprentis du secteur public",
  description:
    "Points de pourcentage ajoutés au taux minimal de la grille pour un apprenti d'un employeur public préparant un diplôme de niveau 4 ou 5.",
  unite: "points de %",
  valeurs: [
    {
      dateEffet: "2019-01-01",
      valeur: { pointsNiveau4: 10, pointsNiveau5: 20 },
      references: [
        texteJournalOfficiel(
          "decret",
          "1992-11-30",
          "92-1258",
          "Décret n° 92-1258 du 30 novembre 1992 relatif à l'apprentissage dans le secteur public non industriel et commercial",
        ),
      ],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "a_verifier",
      notes: `Règle R-REM-PUBLIC de la spécification (remuneration.md §6) : périmètre des niveaux et texte (décret n° 92-1258 « as commonly cited ») à vérifier ; date d'effet alignée sur la grille de 2019, à vérifier. ${verificationSpecification.mention}`,
    },
  ],
};
