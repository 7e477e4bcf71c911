export type { AuthentificationEmulee, OptionsEmulateurApiConvergence } from "./OptionsEmulateurApiConvergence";
export type { EmulateurApiConvergence } from "./EmulateurApiConvergence";
export { demarrerEmulateurApiConvergence } from "./demarrerEmulateurApiConvergence";
export { verifierPreuveDpop } from "./verifierPreuveDpop";
