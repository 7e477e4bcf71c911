// Ports et implémentations
export type {
  CertificationReferentiel,
  ConventionReferentiel,
  EntrepriseReferentiel,
  HabilitationReferentiel,
  LieuFormationReferentiel,
  OpcoReferentiel,
  OrganismeReferentiel,
  Referentiel,
  ReponseReferentiel,
  SourceReponse,
} from "./Referentiel";
export { ReferentielHorsLigne } from "./ReferentielHorsLigne";
export { ReferentielEnMemoire, type DonneesReferentielEnMemoire } from "./ReferentielEnMemoire";
export { referentielMixte } from "./referentielMixte";
export type { CapaciteReferentiel, DisponibiliteSource, QuestionReferentiel } from "./capacites/CapaciteReferentiel";
export { verificationsNonExecutables, type VerificationNonExecutee } from "./capacites/verificationsNonExecutables";
export { referentielMemorise } from "./referentielMemorise";
export type { ReferentielEnMemoireSynchrone } from "./ReferentielEnMemoireSynchrone";
export { ReferentielSurMemoire } from "./ReferentielSurMemoire";
export { memoriserReferentielEnMemoire } from "./memoriserReferentielEnMemoire";
export { conventionNomenclature, SOURCE_CONVENTIONS_NOMENCLATURES } from "./conventionNomenclature";
export { preuveEnregistrementDeDroit, type SourcesPreuveEnregistrement } from "./preuveEnregistrementDeDroit";
export { deductionNdaLpof } from "./deductionNdaLpof";

// NPEC
export type { ValeurNpec } from "./npec/ValeurNpec";
export type { CorrespondanceCpneIdcc } from "./npec/CorrespondanceCpneIdcc";
export type { EditionNpec } from "./npec/EditionNpec";
export type { NpecApplicable, ValeurNpecEcartee } from "./npec/NpecApplicable";
export type { ResultatRechercheNpec } from "./npec/ResultatRechercheNpec";
export { rechercherNpec, type CriteresNpec } from "./npec/rechercherNpec";
export { IndexCorrespondancesNpec } from "./npec/IndexCorrespondancesNpec";
export { analyserLigneNpec, type ColonnesValeursNpec } from "./npec/analyserLigneNpec";
export { analyserMontantNpec } from "./npec/analyserMontantNpec";
export { analyserCodesRncp } from "./npec/analyserCodesRncp";
export { colonnesNpec } from "./npec/colonnesNpec";
export { editionsNpecConnues } from "./npec/editionsNpecConnues";

// Importeurs
export type { Rejet } from "./importeurs/Rejet";
export type { ResultatImport, StatistiquesImport } from "./importeurs/ResultatImport";
export type { OptionsImport, Progression } from "./importeurs/OptionsImport";
export { ErreurFormatFichier } from "./importeurs/ErreurFormatFichier";
export { importerNpec, type OptionsImportNpec, type ResultatImportNpec } from "./importeurs/importerNpec";
export { importerBcn, type DiplomeBcn } from "./importeurs/importerBcn";
export { importerKit, type CorrespondanceCfdRncp } from "./importeurs/importerKit";
export { importerFranceCompetences, type FicheRncp } from "./importeurs/importerFranceCompetences";
export { importerKali, type ConventionKali } from "./importeurs/importerKali";
export { importerDaresApeIdcc, type PassageApeIdcc } from "./importeurs/importerDaresApeIdcc";
export { importerDaresCcn, type ConventionDares } from "./importeurs/importerDaresCcn";
export { importerAcce, type EtablissementUai } from "./importeurs/importerAcce";
export { importerOrganismes, type OrganismeFormation } from "./importeurs/importerOrganismes";
export { importerOpcoRncp, type CertificationOpco } from "./importeurs/importerOpcoRncp";
export { importerIdccOpco, type RattachementIdccOpco } from "./importeurs/importerIdccOpco";
export { normaliserDate } from "./importeurs/normaliserDate";
export { normaliserRncp } from "./importeurs/normaliserRncp";
export { normaliserCfd } from "./importeurs/normaliserCfd";
export { normaliserIdcc } from "./importeurs/normaliserIdcc";

// Instantanés
export { VERSION_INSTANTANE, type Instantane, type SourceInstantane } from "./instantane/Instantane";
export type { CouvertureSource } from "./instantane/CouvertureSource";
export { instantaneVide } from "./instantane/instantaneVide";
export { estTypeSource, typesSource, type TypeSource } from "./instantane/TypeSource";
export { importerSource, type ImportSource } from "./instantane/importerSource";
export { integrerImport } from "./instantane/integrerImport";
export { lireInstantane } from "./instantane/lireInstantane";
export { ecrireInstantane } from "./instantane/ecrireInstantane";
export { serialiserInstantane, deserialiserInstantane, COLONNES_NPEC_FICHIER, type InstantaneFichier } from "./instantane/serialiserInstantane";
export { chargerInstantane, FICHIER_INSTANTANE } from "./instantane/chargerInstantane";
export { chargerInstantaneEmbarque, cheminInstantaneEmbarque } from "./instantane/chargerInstantaneEmbarque";
export { ErreurInstantane } from "./instantane/ErreurInstantane";

// Clients en ligne (ky) et référentiel en ligne
export { creerClientHttp, type ClientHttp, type ConfigurationClientHttp, type OptionsClientReferentiel, type RequeteClientHttp, type StatistiquesClientHttp, type MethodeHttp } from "./clients/creerClientHttp";
export type { OptionsAppel } from "./clients/OptionsAppel";
export type { CacheReponses } from "./clients/CacheReponses";
export { CacheMemoireLru, type OptionsCacheMemoireLru } from "./clients/CacheMemoireLru";
export { LimiteurDebit, type OptionsLimiteurDebit } from "./clients/LimiteurDebit";
export { masquerSecrets } from "./clients/masquerSecrets";
export { ErreurReferentiel, type EtiquetteErreurReferentiel } from "./clients/ErreurReferentiel";
export { ErreurHttp } from "./clients/ErreurHttp";
export { ErreurReseau } from "./clients/ErreurReseau";
export { ErreurDelai } from "./clients/ErreurDelai";
export { ErreurSchema } from "./clients/ErreurSchema";
export { ErreurAnnulation } from "./clients/ErreurAnnulation";
export { ErreurSourceCoupee } from "./clients/ErreurSourceCoupee";
export { Disjoncteur, type CoupureSource } from "./clients/Disjoncteur";
export type { ErreurAppelReferentiel } from "./clients/ErreurAppelReferentiel";
export { creerClientApiApprentissage, type ClientApiApprentissage, type ConfigurationClientApiApprentissage, type CriteresFormations } from "./clients/apiApprentissage/creerClientApiApprentissage";
export { schemaOrganismeApiApprentissage, schemaPageOrganismes, type OrganismeApiApprentissage } from "./clients/apiApprentissage/schemaOrganismeApiApprentissage";
export { schemaRechercheOrganisme, type RechercheOrganisme } from "./clients/apiApprentissage/schemaRechercheOrganisme";
export { schemaCertification, type Certification } from "./clients/apiApprentissage/schemaCertification";
export { schemaFormation, schemaPageFormations, type Formation } from "./clients/apiApprentissage/schemaFormation";
export { schemaCommune, schemaDepartement, type Commune } from "./clients/apiApprentissage/schemaCommune";
export { creerClientReferentielOnisep, type ClientReferentielOnisep, type ConfigurationClientReferentielOnisep, type FiltresOrganismesOnisep } from "./clients/onisep/creerClientReferentielOnisep";
export { schemaOrganismeOnisep, schemaPageOrganismesOnisep, type OrganismeOnisep } from "./clients/onisep/schemaOrganismeOnisep";
export { creerClientCfaDock, type ClientCfaDock, type ConfigurationClientCfaDock } from "./clients/cfaDock/creerClientCfaDock";
export { schemaOpcoCfaDock, type OpcoCfaDock, type ReponseOpcoCfaDock } from "./clients/cfaDock/schemaOpcoCfaDock";
export { creerClientSiro, type ClientSiro, type ConfigurationClientSiro } from "./clients/siro/creerClientSiro";
export { schemaReponseSiro, type ReponseSiro } from "./clients/siro/schemaReponseSiro";
export { creerClientRechercheEntreprises, type ClientRechercheEntreprises, type ConfigurationClientRechercheEntreprises } from "./clients/rechercheEntreprises/creerClientRechercheEntreprises";
export { schemaRechercheEntreprises, type RechercheEntreprises, type EtablissementEntreprise } from "./clients/rechercheEntreprises/schemaRechercheEntreprises";
export { referentielEnLigne, type ClientsReferentielEnLigne } from "./clients/referentielEnLigne";

// Financement (NPEC) et indus
export type { EntreeFinancement, FraisAnnexes } from "./financement/EntreeFinancement";
export type { AnneeFinancement, Echeance, Echeancier, NatureEcheance } from "./financement/Echeancier";
export { calculerEcheancier } from "./financement/calculerEcheancier";
export { partEmployeur, type PartEmployeur } from "./financement/partEmployeur";
export { majorationRqth, type MajorationRqthRetenue } from "./financement/majorationRqth";
export { fraisAnnexesRetenus, type LigneFraisAnnexes } from "./financement/fraisAnnexesRetenus";
export { detecterIndus, type ConstatIndu, type Paiement, type ResultatIndus } from "./financement/detecterIndus";
export { formaterEuros } from "./financement/formaterEuros";
export { financementDuContrat, type FinancementDuContrat, type OptionsFinancementContrat } from "./financement/financementDuContrat";
export { reglesBloquantesPrepaiement, valoriserConstatsPrepaiement, type ConstatPrepaiementValorise, type ValorisationPrepaiement } from "./financement/valoriserConstatsPrepaiement";
export { joursEntre } from "./financement/joursEntre";

// Vérifications avant paiement (PP-*)
export type { FormationCatalogue } from "./verifications/FormationCatalogue";
export type { PortFormations, PortsPrepaiement } from "./verifications/PortFormations";
export { portFormationsApiApprentissage } from "./verifications/portFormationsApiApprentissage";
export type { PortGeographie, CommuneGeographie } from "./verifications/PortGeographie";
export { portGeographieApiApprentissage } from "./verifications/portGeographieApiApprentissage";
export { normaliserCommune } from "./verifications/normaliserCommune";
export { reglesPrepaiement, registrePrepaiement } from "./verifications/reglesPrepaiement";
export { reglePrepaiementSyntaxe } from "./verifications/reglePrepaiementSyntaxe";
export { reglePrepaiementCertificationExistante } from "./verifications/reglePrepaiementCertificationExistante";
export { reglePrepaiementCertificationApprentissage } from "./verifications/reglePrepaiementCertificationApprentissage";
export { reglePrepaiementCertificationDates } from "./verifications/reglePrepaiementCertificationDates";
export { reglePrepaiementCfaConnu } from "./verifications/reglePrepaiementCfaConnu";
export { reglePrepaiementSiretActif } from "./verifications/reglePrepaiementSiretActif";
export { reglePrepaiementQualiopi } from "./verifications/reglePrepaiementQualiopi";
export { reglePrepaiementHabilitation } from "./verifications/reglePrepaiementHabilitation";
export { reglePrepaiementFormationOfferte } from "./verifications/reglePrepaiementFormationOfferte";
export { reglePrepaiementLieuFormation } from "./verifications/reglePrepaiementLieuFormation";
export { reglePrepaiementOpcoNpec } from "./verifications/reglePrepaiementOpcoNpec";
export { reglePrepaiementCoherence } from "./verifications/reglePrepaiementCoherence";
export { sansConclusion } from "./verifications/sansConclusion";
export { certificationDuContrat } from "./verifications/certificationDuContrat";
export { formationsDuResponsable } from "./verifications/formationsDuResponsable";
export { referencePrepaiement } from "./verifications/referencePrepaiement";
export { portsPrepaiementEnMemoire } from "./verifications/portsPrepaiementEnMemoire";
export { cleReemployable, reemploiParContrat, reemployerParContrat } from "./verifications/reemploiParContrat";
export { consulterReferentiel } from "./verifications/consulterReferentiel";
export { etapesCertificationDuContrat } from "./verifications/etapesCertificationDuContrat";
export { etapesFormationsDuResponsable } from "./verifications/etapesFormationsDuResponsable";
export { creerPortsPrepaiement, type EnvironnementReferentiels, type ModeReferentiel, type OptionsClientsPrepaiement } from "./verifications/creerPortsPrepaiement";
