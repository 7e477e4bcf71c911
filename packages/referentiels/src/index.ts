// Ports et implémentations
export type {
  CertificationReferentiel,
  ConventionReferentiel,
  EntrepriseReferentiel,
  HabilitationReferentiel,
  OpcoReferentiel,
  OrganismeReferentiel,
  Referentiel,
  ReponseReferentiel,
  SourceReponse,
} from "./Referentiel";
export { ReferentielHorsLigne } from "./ReferentielHorsLigne";
export { ReferentielEnMemoire, type DonneesReferentielEnMemoire } from "./ReferentielEnMemoire";
export { referentielMixte } from "./referentielMixte";

// NPEC
export type { ValeurNpec } from "./npec/ValeurNpec";
export type { CorrespondanceCpneIdcc } from "./npec/CorrespondanceCpneIdcc";
export type { EditionNpec } from "./npec/EditionNpec";
export type { NpecApplicable } from "./npec/NpecApplicable";
export type { ResultatRechercheNpec } from "./npec/ResultatRechercheNpec";
export { rechercherNpec, type CriteresNpec } from "./npec/rechercherNpec";
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
export { importerOpcoRncp, type CertificationOpco } from "./importeurs/importerOpcoRncp";
export { importerIdccOpco, type RattachementIdccOpco } from "./importeurs/importerIdccOpco";
export { normaliserDate } from "./importeurs/normaliserDate";
export { normaliserRncp } from "./importeurs/normaliserRncp";
export { normaliserCfd } from "./importeurs/normaliserCfd";
export { normaliserIdcc } from "./importeurs/normaliserIdcc";

// Instantanés
export { VERSION_INSTANTANE, type Instantane, type SourceInstantane } from "./instantane/Instantane";
export { instantaneVide } from "./instantane/instantaneVide";
export { estTypeSource, typesSource, type TypeSource } from "./instantane/TypeSource";
export { importerSource, type ImportSource } from "./instantane/importerSource";
export { integrerImport } from "./instantane/integrerImport";
export { lireInstantane } from "./instantane/lireInstantane";
export { ecrireInstantane } from "./instantane/ecrireInstantane";
export { chargerInstantane, FICHIER_INSTANTANE } from "./instantane/chargerInstantane";
export { chargerInstantaneEmbarque, cheminInstantaneEmbarque } from "./instantane/chargerInstantaneEmbarque";
export { ErreurInstantane } from "./instantane/ErreurInstantane";
