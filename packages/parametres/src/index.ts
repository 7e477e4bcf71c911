export type { Parametre, ParametreConsulte, ReferenceJuridique, StatutVerification, ValeurDatee } from "./Parametre";
export { valeurParametre } from "./valeurParametre";
export { catalogueParametres } from "./catalogueParametres";
export { parametreParId } from "./parametreParId";
export { verificationSpecification } from "./verificationSpecification";
export { revueJuridique } from "./revueJuridique";
export { revalorisationsSmic, type RevalorisationSmic } from "./revalorisationsSmic";
export { smicHoraireMetropole } from "./smicHoraireMetropole";
export { smicMensuelMetropole } from "./smicMensuelMetropole";
export { smicHoraireMayotte } from "./smicHoraireMayotte";
export { smicMensuelMayotte } from "./smicMensuelMayotte";
export type {
  BaremeRemunerationApprenti,
  BaseRemunerationApprenti,
  DefinitionTrancheAgeApprenti,
  TauxMinimalApprenti,
  TrancheAgeApprenti,
} from "./BaremeRemunerationApprenti";
export { grilleRemunerationApprenti } from "./grilleRemunerationApprenti";
export { majorationRemunerationSecteurPublic, type MajorationRemunerationSecteurPublic } from "./majorationRemunerationSecteurPublic";
export { majorationRemunerationRqthProlongation } from "./majorationRemunerationRqthProlongation";
export { majorationContratDiplomeConnexe, type MajorationContratDiplomeConnexe } from "./majorationContratDiplomeConnexe";
export { ageMinimumApprenti, type AgeMinimumApprenti } from "./ageMinimumApprenti";
export { ageMaximumApprenti, type AgeMaximumApprenti } from "./ageMaximumApprenti";
export { exceptionsAgeMaximumApprenti, type CasAgeMaximumDerogatoire, type CasSansLimiteAge, type ExceptionsAgeMaximumApprenti } from "./exceptionsAgeMaximumApprenti";
export { dureeMinimaleContrat } from "./dureeMinimaleContrat";
export { dureeMaximaleContrat } from "./dureeMaximaleContrat";
export { dureeMaximaleContratRqth } from "./dureeMaximaleContratRqth";
export { dureeMaximaleContratSportifHautNiveau } from "./dureeMaximaleContratSportifHautNiveau";
export { prolongationContratEchecExamen } from "./prolongationContratEchecExamen";
export { dureeMinimaleFormation } from "./dureeMinimaleFormation";
export { dureeMaximaleFormation } from "./dureeMaximaleFormation";
export { partMinimaleFormation, type PartMinimaleFormation } from "./partMinimaleFormation";
export { fenetreDebutFormation, type FenetreDebutFormation } from "./fenetreDebutFormation";
export { fenetreDebutFormationPratique } from "./fenetreDebutFormationPratique";
export { fenetreFinContratApresFormation } from "./fenetreFinContratApresFormation";
export { dureeTravailHebdomadaireLegale } from "./dureeTravailHebdomadaireLegale";
export { dureeTravailMaximaleAdulte, type DureeTravailMaximaleAdulte } from "./dureeTravailMaximaleAdulte";
export { dureeTravailApprentiMineur, type DureeTravailApprentiMineur } from "./dureeTravailApprentiMineur";
export { ageMinimumMaitreApprentissage } from "./ageMinimumMaitreApprentissage";
export { experienceMaitreApprentissage, type ExperienceMaitreApprentissage } from "./experienceMaitreApprentissage";
export { nombreMaximumApprentisParMaitre, type NombreMaximumApprentisParMaitre } from "./nombreMaximumApprentisParMaitre";
export { echeancierNpec, type EcheancierNpec, type VersementNpec } from "./echeancierNpec";
export { participationEmployeurNpec, type ParticipationEmployeurNpec } from "./participationEmployeurNpec";
export { participationEmployeurRuptureNpec, type ParticipationEmployeurRuptureNpec } from "./participationEmployeurRuptureNpec";
export { proratisationJourNpec, type ProratisationJourNpec } from "./proratisationJourNpec";
export { majorationRqthNpec, type MajorationRqthNpec } from "./majorationRqthNpec";
export { dureeMaintienFinancementSansEmployeur } from "./dureeMaintienFinancementSansEmployeur";
export { plafondFraisHebergement } from "./plafondFraisHebergement";
export { plafondFraisRestauration } from "./plafondFraisRestauration";
export { plafondPremierEquipement } from "./plafondPremierEquipement";
export { exonerationCotisationsApprenti, type ExonerationCotisationsApprenti } from "./exonerationCotisationsApprenti";
export { taxeSalairesApprenti, type TaxeSalairesApprenti } from "./taxeSalairesApprenti";
export { aideEmbaucheApprenti, type AideEmbaucheApprenti, type CasAideEmbaucheApprenti, type EffectifAideEmbauche } from "./aideEmbaucheApprenti";
export { aidePermisConduireApprenti } from "./aidePermisConduireApprenti";
export { articleCode, type CodeCite } from "./articleCode";
export { texteJournalOfficiel } from "./texteJournalOfficiel";
export { documentationParametres } from "./documentationParametres";
export { ageMajorite } from "./ageMajorite";
