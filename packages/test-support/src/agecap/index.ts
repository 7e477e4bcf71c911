export type { CertificatsTest } from "./CertificatsTest";
export { genererCertificatsTest } from "./genererCertificatsTest";
export type { OptionsEmulateurAgecap } from "./OptionsEmulateurAgecap";
export type { EmulateurAgecap } from "./EmulateurAgecap";
export { demarrerEmulateurAgecap } from "./demarrerEmulateurAgecap";
