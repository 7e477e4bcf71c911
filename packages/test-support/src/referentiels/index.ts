export type { OrganismeEmule, AdresseOrganismeEmule } from "./OrganismeEmule";
export type { EntrepriseEmulee } from "./EntrepriseEmulee";
export { ORGANISMES_EMULES } from "./organismesEmules";
export { ENTREPRISES_EMULEES } from "./entreprisesEmulees";
export { CERTIFICATIONS_EMULEES } from "./certificationsEmulees";
export {
  demarrerEmulateurApiApprentissage,
  CLE_EMULATEUR_API_APPRENTISSAGE,
  type OptionsEmulateurApiApprentissage,
} from "./demarrerEmulateurApiApprentissage";
export { demarrerEmulateurReferentielOnisep, type OptionsEmulateurReferentielOnisep } from "./demarrerEmulateurReferentielOnisep";
export { demarrerEmulateurCfaDock, type OptionsEmulateurCfaDock } from "./demarrerEmulateurCfaDock";
export { demarrerEmulateurSiro, CLE_EMULATEUR_SIRO, type OptionsEmulateurSiro } from "./demarrerEmulateurSiro";
export {
  demarrerEmulateurRechercheEntreprises,
  type OptionsEmulateurRechercheEntreprises,
} from "./demarrerEmulateurRechercheEntreprises";
export { panneSource, DEFAILLANCES_SOURCE, type DefaillanceSource } from "./pannesSource";
