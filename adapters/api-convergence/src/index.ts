// Adaptateur API Convergence (norme d'échange CFA-OPCO) : formats, client HTTP, capacités par OPCO.
export type { VersionProtocole } from "./VersionProtocole.js";
export type { FormeDate } from "./FormeDate.js";
export type { TypeEnregistrementApiConvergence } from "./TypeEnregistrementApiConvergence.js";
export { lireDateApiConvergence } from "./lireDateApiConvergence.js";
export { ecrireDateApiConvergence } from "./ecrireDateApiConvergence.js";
export { etatApiConvergence } from "./etatApiConvergence.js";
export { FORMAT_API_CONVERGENCE, tableDossierApiConvergence } from "./tableDossierApiConvergence.js";
export { tableEtatDossierApiConvergence } from "./tableEtatDossierApiConvergence.js";
export { tableEtatFactureApiConvergence } from "./tableEtatFactureApiConvergence.js";
export { tableConventionApiConvergence, COUTS_CONVENTION_CONVERTIS } from "./tableConventionApiConvergence.js";
export { tableCertificatApiConvergence } from "./tableCertificatApiConvergence.js";
export { CHAMPS_ECHEANCE, CHAMPS_FRAIS_ANNEXE, type ListeApiConvergence } from "./echeancesApiConvergence.js";
export { lireDossierApiConvergence, versionDossierApiConvergence, type ContexteLecture } from "./lireDossierApiConvergence.js";
export { natureEnregistrementApiConvergence } from "./natureEnregistrementApiConvergence.js";
export { lireEnregistrementApiConvergence } from "./lireEnregistrementApiConvergence.js";
export { lireApiConvergence, elementsReponseApiConvergence } from "./lireApiConvergence.js";
export { dossierApiConvergence, pertesApiConvergence, type OptionsEcritureApiConvergence } from "./dossierApiConvergence.js";
export { conventionApiConvergence } from "./conventionApiConvergence.js";
export { certificatApiConvergence, type OptionsCertificat } from "./certificatApiConvergence.js";
export { factureApiConvergence } from "./factureApiConvergence.js";
export { ecrireApiConvergence } from "./ecrireApiConvergence.js";
export { detecterApiConvergence } from "./detecterApiConvergence.js";
export {
  creerAdaptateurApiConvergence,
  adaptateurApiConvergence,
  adaptateurApiConvergence as adaptateur,
  type OptionsAdaptateurApiConvergence,
} from "./creerAdaptateurApiConvergence.js";
export type { NomCapaciteApi, Confiance, CapaciteApiOpco } from "./CapaciteApiOpco.js";
export { capaciteDisponible } from "./capaciteDisponible.js";
export type { AuthentificationApiConvergence } from "./AuthentificationApiConvergence.js";
export type { OperationApiConvergence } from "./OperationApiConvergence.js";
export type { ComportementOpco } from "./ComportementOpco.js";
export { ErreurApiConvergence, type CodeErreurApiConvergence } from "./ErreurApiConvergence.js";
export { creerPreuveDpop, type ParametresPreuveDpop } from "./creerPreuveDpop.js";
export { creerFournisseurJeton, type FournisseurJeton, type JetonAcces, type OptionsFournisseurJeton } from "./creerFournisseurJeton.js";
export type { OptionsClientApiConvergence } from "./OptionsClientApiConvergence.js";
export type { ClientApiConvergence } from "./ClientApiConvergence.js";
export { creerClientApiConvergence } from "./creerClientApiConvergence.js";
export type { ListeRncpOpco } from "./ListeRncpOpco.js";
export type { ProfilAuthentificationOpco } from "./ProfilAuthentificationOpco.js";
export type { ConfigurationClientOpco } from "./ConfigurationClientOpco.js";
export type { OpcoApiConvergence } from "./OpcoApiConvergence.js";
export { authentificationOpco } from "./authentificationOpco.js";
export { definirOpcoApiConvergence, type DefinitionOpcoApiConvergence } from "./definirOpcoApiConvergence.js";
export { profilAuthentificationScopeApi } from "./profilAuthentificationScopeApi.js";
export { capaciteSelonMatrice, DATE_MATRICE_CAPACITES } from "./capaciteSelonMatrice.js";
export { capacitesSelonMatrice } from "./capacitesSelonMatrice.js";
export type { ComplementCapacite } from "./ComplementCapacite.js";
export type { ParticulariteOpco } from "./ParticulariteOpco.js";
export { DESCRIPTIONS_TOLERANCES, TOLERANCES_API_CONVERGENCE, type ToleranceApiConvergence } from "./ToleranceApiConvergence.js";
export { normaliserPageApiConvergence } from "./normaliserPageApiConvergence.js";
export { normaliserEnregistrementApiConvergence } from "./normaliserEnregistrementApiConvergence.js";
export { FORMES_DATE_DOCUMENTEES, type FormesDateOpco } from "./FormesDateOpco.js";
export type { DepotApiConvergence } from "./DepotApiConvergence.js";
export { CHAMPS_OBLIGATOIRES_API_CONVERGENCE, type ChampObligatoire } from "./champsObligatoiresApiConvergence.js";
export { verifierDepotApiConvergence, REGLE_CHAMP_OBLIGATOIRE_API_CONVERGENCE } from "./verifierDepotApiConvergence.js";
export { ruptureEmployeurApiConvergence } from "./ruptureEmployeurApiConvergence.js";
export type { DocumentApiConvergence } from "./DocumentApiConvergence.js";
export { corpsDocumentApiConvergence } from "./corpsDocumentApiConvergence.js";
export { estPdf } from "./estPdf.js";
export type { InfoCleApiConvergence } from "./InfoCleApiConvergence.js";
export { lireInfoCleApiConvergence } from "./lireInfoCleApiConvergence.js";
