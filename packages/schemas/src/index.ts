export { codesCerfa } from "./codes/codesCerfa.js";
export { champBooleen } from "./champs/champBooleen.js";
export { champCode } from "./champs/champCode.js";
export { champDate } from "./champs/champDate.js";
export { champNombre } from "./champs/champNombre.js";
export { champTexte } from "./champs/champTexte.js";
export { registreNormalisation, type ConsigneNormalisation } from "./normalisation/registreNormalisation.js";
export { avecAlias } from "./normalisation/avecAlias.js";
export { normaliserDate } from "./normalisation/normaliserDate.js";
export { normaliserBooleen } from "./normalisation/normaliserBooleen.js";
export { normaliserNombre } from "./normalisation/normaliserNombre.js";
export { normaliserSelonSchema } from "./normalisation/normaliserSelonSchema.js";
export { creerSchemaEntree } from "./normalisation/creerSchemaEntree.js";
export { lireEnregistrement, type AnomalieLecture, type ResultatLecture } from "./lireEnregistrement.js";

export {
  schemaAdresse,
  schemaAdresseEmployeur,
  schemaAdressePersonne,
  type Adresse,
  type AdresseEmployeur,
  type AdressePersonne,
} from "./adresse.js";
export { schemaEmployeur, type Employeur } from "./employeur.js";
export { schemaResponsableLegal, type ResponsableLegal } from "./responsableLegal.js";
export { schemaApprenti, type Apprenti } from "./apprenti.js";
export { schemaMaitreApprentissage, type MaitreApprentissage } from "./maitreApprentissage.js";
export { schemaRemunerationAnnuelle, type RemunerationAnnuelle } from "./remunerationAnnuelle.js";
export { schemaDetailsContrat, schemaSmicRetenu, type DetailsContrat, type SmicRetenu } from "./detailsContrat.js";
export { schemaFormationContrat, type FormationContrat } from "./formationContrat.js";
export { schemaOrganismeFormationContrat, type OrganismeFormationContrat } from "./organismeFormationContrat.js";
export { schemaEtablissementFormation, type EtablissementFormation } from "./etablissementFormation.js";
export { schemaSignatures, type Signatures } from "./signatures.js";
export { schemaContrat, type Contrat } from "./contrat.js";
export { schemaContratEntree } from "./contratEntree.js";
export { lireContrat, type ResultatLireContrat } from "./lireContrat.js";
export { estContratStandard, lireContratStandard } from "./lireContratStandard.js";
export { contratExemple } from "./exemples/contratExemple.js";
export { champDateHeure } from "./champs/champDateHeure.js";
export { champOpco } from "./champs/champOpco.js";
export { normaliserDateHeure } from "./normalisation/normaliserDateHeure.js";
export { heureDeParis } from "@communs-opco/dates";
export { etatsDossier, correspondancesEtatDossier } from "./codes/etatsDossier.js";
export { schemaEtatDossier, schemaEvenementDossier, type EtatDossier, type EvenementDossier } from "./evenementDossier.js";
export {
  schemaEcheance,
  schemaFraisAnnexe,
  schemaFinancementDossier,
  type Echeance,
  type FraisAnnexe,
  type FinancementDossier,
} from "./financementDossier.js";
export { schemaFacture, type Facture } from "./facture.js";
export { schemaConventionFormation, type ConventionFormation } from "./conventionFormation.js";
export { schemaCertificatRealisation, type CertificatRealisation } from "./certificatRealisation.js";
export { schemaDossier, schemaRupture, type Dossier, type Rupture } from "./dossier.js";
export { schemaDossierEntree } from "./dossierEntree.js";
export { lireDossier } from "./lireDossier.js";
export { schemaEffectif, schemaContratEffectif, type Effectif, type ContratEffectif } from "./effectif.js";
export { schemaEffectifEntree } from "./effectifEntree.js";
export { dossierApprenantVersEffectif, CHAMPS_DOSSIER_APPRENANT_V3 } from "./dossierApprenantVersEffectif.js";
export { lireEffectif } from "./lireEffectif.js";
export {
  schemaAdresseReferentiel,
  schemaPointGeo,
  schemaGeometrieGeo,
  type AdresseReferentiel,
  type PointGeo,
  type GeometrieGeo,
} from "./adresseReferentiel.js";
export { schemaOrganisme, type Organisme } from "./organisme.js";
export { schemaOrganismeEntree, lireOrganisme } from "./lireOrganisme.js";
export { habilitations, correspondancesHabilitation } from "./codes/habilitations.js";
export { schemaCertification, type Certification } from "./certification.js";
export { schemaCertificationEntree, lireCertification } from "./lireCertification.js";
export { schemaFormation, type Formation } from "./formation.js";
export { schemaFormationEntree, lireFormation } from "./lireFormation.js";
export { schemaOffre, type Offre } from "./offre.js";
export { schemaOffreEntree, lireOffre } from "./lireOffre.js";
export { schemasPublies, registreSchemasPublies } from "./schemasPublies.js";
export { exporterJsonSchemas } from "./exporterJsonSchemas.js";
export { champsParVersionCerfa } from "./codes/champsParVersionCerfa.js";
export { verifierVersionCerfa } from "./verifierVersionCerfa.js";
export { normaliserRncp } from "./normalisation/normaliserRncp.js";
export { normaliserNaf } from "./normalisation/normaliserNaf.js";
export { remunerationsDepuisStructure } from "./normalisation/remunerationsDepuisStructure.js";
