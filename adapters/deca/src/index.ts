// Adaptateur DECA : extraction JSON (API DGEFP) et extrait SIRET|EMAIL.
export { adaptateurDeca, adaptateurDeca as adaptateur } from "./adaptateurDeca.js";
export { adaptateurExtraitDeca } from "./adaptateurExtraitDeca.js";
export { lireDeca, lireContratDeca } from "./lireDeca.js";
export { ecrireDeca, contratDeca } from "./ecrireDeca.js";
export { detecterDeca } from "./detecterDeca.js";
export { lireExtraitDeca } from "./lireExtraitDeca.js";
export { ecrireExtraitDeca } from "./ecrireExtraitDeca.js";
export { detecterExtraitDeca } from "./detecterExtraitDeca.js";
export { analyserEnsembleCourriels } from "./analyserEnsembleCourriels.js";
export { parcourirExtraction, type ElementExtraction } from "./parcourirExtraction.js";
export { tableDeca } from "./tableDeca.js";
export { statutsDeca, type StatutDeca } from "./statutsDeca.js";
export { statutVersEtat, statutCanonique } from "./statutVersEtat.js";
export { etatVersStatut } from "./etatVersStatut.js";
export { decomposerNumeroDeca, type NumeroDecaDecompose } from "./decomposerNumeroDeca.js";
export { fusionnerExtractionsDeca, type DivergenceFusion } from "./fusionnerExtractionsDeca.js";
export { effectifsDepuisDeca, type EffectifsDeca } from "./effectifsDepuisDeca.js";
