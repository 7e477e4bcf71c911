// Brouillon et provenance
export type { Provenance } from "./Provenance";
export type { ChampBrouillon } from "./ChampBrouillon";
export { brouillonVide, type Brouillon } from "./Brouillon";
export type { PolitiqueEcrasement } from "./PolitiqueEcrasement";
export type { ResultatFusion, ValeurConservee } from "./ResultatFusion";
export { estCheminChamp } from "./estCheminChamp";
export { estValeurVide } from "./estValeurVide";
export { fusionnerChamps, type OptionsFusion, type Proposition } from "./fusionnerChamps";
export { saisir } from "./saisir";
export { deduireDuNir } from "./deduireDuNir";
export { versContrat } from "./versContrat";
export { brouillonDepuisContrat } from "./brouillonDepuisContrat";

// Profils récurrents
export type { ProfilRecurrent, TypeProfil } from "./ProfilRecurrent";
export { prefixeProfil } from "./prefixeProfil";
export { appliquerProfil, type OptionsProfil } from "./appliquerProfil";
export { profilDepuisBrouillon } from "./profilDepuisBrouillon";

// Autocomplétion depuis les référentiels
export type {
  CertificationPort,
  CommunesPort,
  ConventionPort,
  EntreprisePort,
  OrganismePort,
  PortReferentielFormulaire,
  ReponsePort,
  SourcePort,
} from "./PortReferentielFormulaire";
export type { Consultation } from "./Consultation";
export { communesEmbarquees } from "./communesEmbarquees";
export { autocompleter, type IdentifiantsAutocompletion, type OptionsAutocompletion, type ResultatAutocompletion } from "./autocompleter";

// Complétude
export { completudeBrouillon, type CompletudeBrouillon, type CompletudeBlocBrouillon } from "./completudeBrouillon";

// Maturité des SI des OPCO
export type { CapaciteOpco, MatriceOpco, NomCapacite } from "./maturite/CapaciteOpco";
export type { ClassementMaturite, CritereMaturite } from "./maturite/ClassementMaturite";
export { niveauxMaturite, type NiveauMaturite } from "./maturite/niveauxMaturite";
export { evaluerCritere } from "./maturite/evaluerCritere";
export { classerMaturite, classerMaturiteOpco } from "./maturite/classerMaturite";
