import type { Parametre } from "./Parametre";
import { ageMajorite } from "./ageMajorite";
import { ageMaximumApprenti } from "./ageMaximumApprenti";
import { ageMinimumApprenti } from "./ageMinimumApprenti";
import { ageMinimumMaitreApprentissage } from "./ageMinimumMaitreApprentissage";
import { aideEmbaucheApprenti } from "./aideEmbaucheApprenti";
import { aidePermisConduireApprenti } from "./aidePermisConduireApprenti";
import { dureeMaintienFinancementSansEmployeur } from "./dureeMaintienFinancementSansEmployeur";
import { dureeMaximaleContrat } from "./dureeMaximaleContrat";
import { dureeMaximaleContratRqth } from "./dureeMaximaleContratRqth";
import { dureeMaximaleContratSportifHautNiveau } from "./dureeMaximaleContratSportifHautNiveau";
import { dureeMaximaleFormation } from "./dureeMaximaleFormation";
import { dureeMinimaleContrat } from "./dureeMinimaleContrat";
import { dureeMinimaleFormation } from "./dureeMinimaleFormation";
import { dureeTravailApprentiMineur } from "./dureeTravailApprentiMineur";
import { dureeTravailHebdomadaireLegale } from "./dureeTravailHebdomadaireLegale";
import { dureeTravailMaximaleAdulte } from "./dureeTravailMaximaleAdulte";
import { echeancierNpec } from "./echeancierNpec";
import { exceptionsAgeMaximumApprenti } from "./exceptionsAgeMaximumApprenti";
import { exonerationCotisationsApprenti } from "./exonerationCotisationsApprenti";
import { experienceMaitreApprentissage } from "./experienceMaitreApprentissage";
import { fenetreDebutFormation } from "./fenetreDebutFormation";
import { fenetreDebutFormationPratique } from "./fenetreDebutFormationPratique";
import { fenetreFinContratApresFormation } from "./fenetreFinContratApresFormation";
import { grilleRemunerationApprenti } from "./grilleRemunerationApprenti";
import { majorationRemunerationRqthProlongation } from "./majorationRemunerationRqthProlongation";
import { majorationContratDiplomeConnexe } from "./majorationContratDiplomeConnexe";
import { majorationRemunerationSecteurPublic } from "./majorationRemunerationSecteurPublic";
import { majorationRqthNpec } from "./majorationRqthNpec";
import { nombreMaximumApprentisParMaitre } from "./nombreMaximumApprentisParMaitre";
import { partMinimaleFormation } from "./partMinimaleFormation";
import { participationEmployeurNpec } from "./participationEmployeurNpec";
import { participationEmployeurRuptureNpec } from "./participationEmployeurRuptureNpec";
import { proratisationJourNpec } from "./proratisationJourNpec";
import { plafondFraisHebergement } from "./plafondFraisHebergement";
import { plafondFraisRestauration } from "./plafondFraisRestauration";
import { plafondPremierEquipement } from "./plafondPremierEquipement";
import { prolongationContratEchecExamen } from "./prolongationContratEchecExamen";
import { smicHoraireMayotte } from "./smicHoraireMayotte";
import { smicHoraireMetropole } from "./smicHoraireMetropole";
import { smicMensuelMayotte } from "./smicMensuelMayotte";
import { smicMensuelMetropole } from "./smicMensuelMetropole";
import { taxeSalairesApprenti } from "./taxeSalairesApprenti";

/**
 * Tous les paramètres légaux du paquet, chacun une seule fois, regroupés par thème (SMIC,
 * rémunération, âges, durées, fenêtres de dates, temps de travail, maître d'apprentissage,
 * financement NPEC, frais annexes, cotisations, aides). Sert aux tests de complétude (références,
 * dates triées, identifiants uniques), à la documentation générée et aux outils qui listent les
 * paramètres.
 *
 * @example
 * ```ts
 * import { catalogueParametres } from "@communs-opco/parametres";
 * catalogueParametres.map((p) => p.id); // ["smic.horaire.metropole", …]
 * ```
 */
export const catalogueParametres: readonly Parametre<unknown>[] = [
  smicHoraireMetropole,
  smicMensuelMetropole,
  smicHoraireMayotte,
  smicMensuelMayotte,
  grilleRemunerationApprenti,
  majorationRemunerationSecteurPublic,
  majorationRemunerationRqthProlongation,
  majorationContratDiplomeConnexe,
  ageMinimumApprenti,
  ageMajorite,
  ageMaximumApprenti,
  exceptionsAgeMaximumApprenti,
  dureeMinimaleContrat,
  dureeMaximaleContrat,
  dureeMaximaleContratRqth,
  dureeMaximaleContratSportifHautNiveau,
  prolongationContratEchecExamen,
  dureeMinimaleFormation,
  dureeMaximaleFormation,
  partMinimaleFormation,
  fenetreDebutFormation,
  fenetreDebutFormationPratique,
  fenetreFinContratApresFormation,
  dureeTravailHebdomadaireLegale,
  dureeTravailMaximaleAdulte,
  dureeTravailApprentiMineur,
  ageMinimumMaitreApprentissage,
  experienceMaitreApprentissage,
  nombreMaximumApprentisParMaitre,
  echeancierNpec,
  proratisationJourNpec,
  participationEmployeurNpec,
  participationEmployeurRuptureNpec,
  majorationRqthNpec,
  dureeMaintienFinancementSansEmployeur,
  plafondFraisHebergement,
  plafondFraisRestauration,
  plafondPremierEquipement,
  exonerationCotisationsApprenti,
  taxeSalairesApprenti,
  aideEmbaucheApprenti,
  aidePermisConduireApprenti,
];
