// Signature électronique PAdES du CERFA FA13 : signatures successives, circuit, vérification, prestataires.
export { CHAMPS_SIGNATURE_CERFA, LIBELLES_ROLES, ROLES_SIGNATAIRES, estRoleSignataire, roleDuChampSignature, type RoleSignataire } from "./RoleSignataire.js";
export type { CertificatSignature } from "./CertificatSignature.js";
export { chargerCertificatP12, type ErreurCertificat, type ResultatCertificat } from "./chargerCertificatP12.js";
export { SignataireCms } from "./signataireCms.js";
export { signerPdf, type ErreurSignature, type OptionsSignaturePdf, type ResultatSignaturePdf } from "./signerPdf.js";
export { ajouterEmplacementSignature, type OptionsEmplacementSignature } from "./ajouterEmplacementSignature.js";
export { chargerPourMiseAJour, ecrireMiseAJourIncrementale, type ObjetMisAJour } from "./miseAJourIncrementale.js";
export { ErreurPdf } from "./ErreurPdf.js";
export { datePdf, lireDatePdf } from "./datePdf.js";
export { empreinteSha256 } from "./empreinteSha256.js";
export { verifierSignaturesPdf, type OptionsVerification } from "./verifierSignaturesPdf.js";
export type { CertificatVerifie, RapportVerification, SignatureVerifiee } from "./RapportVerification.js";
export type { ConstatSignature, GraviteConstatSignature, IdConstatSignature } from "./ConstatSignature.js";
export { rapportVerificationTexte } from "./rapportVerificationTexte.js";
export { circuitSignature, type CircuitSignature, type ConstatCircuit, type SignataireAttendu } from "./circuitSignature.js";
export type { EtapeJournal, JournalSignature } from "./JournalSignature.js";
export { controlerEtape, lireJournal, ouvrirJournal, prochainSignataire, signerEtape } from "./circuitEnCours.js";
export type {
  DemandeCreee,
  DemandeSignature,
  EmplacementSignature,
  FournisseurSignature,
  NiveauSignature,
  NotificationSignature,
  ResultatNotification,
  SignataireDemande,
  StatutDemande,
} from "./fournisseur/FournisseurSignature.js";
export { ErreurFournisseur } from "./fournisseur/ErreurFournisseur.js";
export { emplacementsSignatureCerfa } from "./fournisseur/emplacementsSignatureCerfa.js";
export { SuiviDemandesSignature, type EffetNotification, type EtatSuivi } from "./fournisseur/SuiviDemandesSignature.js";
export { creerFournisseurYousign, type ConfigurationYousign } from "./fournisseur/creerFournisseurYousign.js";
export {
  chargerServiceSignature,
  creerServiceSignature,
  type ConfigurationServiceSignature,
  type ReponseSignatureService,
  type RequeteSignatureService,
  type ServiceSignature,
} from "./creerServiceSignature.js";
