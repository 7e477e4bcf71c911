export type { AuthentificationEmulee, OptionsEmulateurApiConvergence } from "./OptionsEmulateurApiConvergence";
export type { EmulateurApiConvergence } from "./EmulateurApiConvergence";
export type { VariantesApiConvergence } from "./VariantesApiConvergence";
export { demarrerEmulateurApiConvergence } from "./demarrerEmulateurApiConvergence";
export { verifierPreuveDpop } from "./verifierPreuveDpop";
