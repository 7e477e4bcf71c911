export type { EtablissementLbaEmule } from "./EtablissementLbaEmule";
export { ETABLISSEMENTS_LBA_EMULES } from "./etablissementsLbaEmules";
export { demarrerEmulateurLba, JETON_EMULATEUR_LBA, type EmulateurLba, type OptionsEmulateurLba } from "./demarrerEmulateurLba";
