// @communs-opco/lba : La bonne alternance pour les OPCO.

// Temps (heure de Paris, calendrier)
export { dateParis, type DateHeureParis } from "./temps/dateParis";
export { instantParis } from "./temps/instantParis";
export { ajouterMois } from "./temps/ajouterMois";
export { ajouterJours } from "./temps/ajouterJours";

// Configuration datée (règles de fonctionnement de La bonne alternance et de La bonne boîte)
export { sourcesLba } from "./parametres/sourcesLba";
export { dureeValiditeOffre } from "./parametres/dureeValiditeOffre";
export { relancesExpirationOffre, type RelanceExpiration } from "./parametres/relancesExpirationOffre";
export { seuilCandidaturesClotureOffre } from "./parametres/seuilCandidaturesClotureOffre";
export { seuilsScoreEmbauches, type SeuilsScoreEmbauches } from "./parametres/seuilsScoreEmbauches";

// Cycle de vie des offres
export { statutsOffreLba, type StatutOffreLba } from "./offres/StatutOffreLba";
export type { EtatOffre, EvenementStatutOffre } from "./offres/EtatOffre";
export type { Determination } from "./offres/Determination";
export { calculerExpirationOffre } from "./offres/calculerExpirationOffre";
export { planifierRelancesOffre, type RelancePlanifiee } from "./offres/planifierRelancesOffre";
export { evaluerCycleVieOffre, type ActionCycleVie, type DecisionCycleVie } from "./offres/evaluerCycleVieOffre";
export { prolongerOffre } from "./offres/prolongerOffre";
export { statutInitialOffre, type SituationRecruteur } from "./offres/statutInitialOffre";
export { changerStatutOffre, type ChangementStatutOffre } from "./offres/changerStatutOffre";
export { annulerOffresEntrepriseArchivee } from "./offres/annulerOffresEntrepriseArchivee";

// Modèles de l'API partenaires (zod)
export { schemaPointLba, schemaLieuTravailLba, type LieuTravailLba } from "./modeles/schemaLieuTravailLba";
export { schemaOffreLba, schemaStatutOffreLba, type OffreLba } from "./modeles/schemaOffreLba";
export { schemaRecruteurLba, type RecruteurLba } from "./modeles/schemaRecruteurLba";
export { schemaResultatRechercheLba, type ResultatRechercheLba } from "./modeles/schemaResultatRechercheLba";
export { schemaInformationsPublicationLba, type InformationsPublicationLba } from "./modeles/schemaInformationsPublicationLba";
export { schemaExportLba, type ExportLba } from "./modeles/schemaExportLba";
export { versOffre } from "./modeles/versOffre";
export { schemaOffreLbaEcriture, type OffreLbaEcriture, type SaisieOffreLba } from "./modeles/schemaOffreLbaEcriture";

// Ciblage prédictif (méthode ouverte de La bonne boîte)
export { Aleatoire } from "./ciblage/Aleatoire";
export { typesContratSerie, type SerieEmbauches } from "./ciblage/SerieEmbauches";
export type { EmbaucheHistorique, EtablissementHistorique } from "./ciblage/EtablissementHistorique";
export { schemaEtablissementHistorique } from "./ciblage/schemaEtablissementHistorique";
export { lireHistoriqueJsonl, type LectureHistorique } from "./ciblage/lireHistoriqueJsonl";
export { compterEmbauchesParSemestre } from "./ciblage/compterEmbauchesParSemestre";
export { caracteristiquesADecalage } from "./ciblage/caracteristiquesADecalage";
export { ajusterMoindresCarres, type RegressionLineaire } from "./ciblage/ajusterMoindresCarres";
export type { OptionsModeleEmbauches } from "./ciblage/OptionsModeleEmbauches";
export type { ModeleDepartement } from "./ciblage/ModeleDepartement";
export { entrainerModeleDepartement } from "./ciblage/entrainerModeleDepartement";
export { arrondirEmbauches } from "./ciblage/arrondirEmbauches";
export { scoreDepuisEmbauches } from "./ciblage/scoreDepuisEmbauches";
export { embauchesDepuisScore } from "./ciblage/embauchesDepuisScore";
export type { ExplicationScore, ScoreEtablissement } from "./ciblage/ScoreEtablissement";
export { calculerScores, type ResultatScores } from "./ciblage/calculerScores";
export { scoreMinimalAffichageMetier } from "./ciblage/scoreMinimalAffichageMetier";
export { etoilesDepuisScore } from "./ciblage/etoilesDepuisScore";
export { evaluerPrecision, type PrecisionAlgorithme } from "./ciblage/evaluerPrecision";
export { genererHistoriqueSynthetique, type OptionsHistoriqueSynthetique } from "./ciblage/genererHistoriqueSynthetique";
export { listerProspects, type CriteresProspects, type ListeProspects, type Prospect } from "./ciblage/listerProspects";

// Client
export { creerClientLba, type ClientLba, type ConfigurationClientLba, type ContenuExportLba } from "./client/creerClientLba";
export type { CriteresRechercheLba } from "./client/CriteresRechercheLba";
export { ErreurOffreInvalide } from "./client/ErreurOffreInvalide";
export { libelleOpcoLba } from "./client/libelleOpcoLba";
export { ErreurReferentiel, ErreurHttp, ErreurReseau, ErreurDelai, ErreurSchema, ErreurAnnulation } from "@communs-opco/referentiels";
