export type { OptionsEmulateurDeca } from "./OptionsEmulateurDeca";
export { demarrerEmulateurDeca } from "./demarrerEmulateurDeca";
