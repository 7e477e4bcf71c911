// Adaptateur CERFA FA13 PDF : lecture d'un formulaire rempli et remplissage du modèle officiel.
export { adaptateurCerfaPdf, adaptateurCerfaPdf as adaptateur } from "./adaptateurCerfaPdf.js";
export { lireCerfaPdf, type OptionsLectureCerfaPdf } from "./lireCerfaPdf.js";
export { BUDGET_DECOMPRESSION_PDF } from "./mesurerFluxPdf.js";
export { remplirCerfaPdf, type OptionsRemplissageCerfaPdf } from "./remplirCerfaPdf.js";
export { chargerModeleCerfa } from "./chargerModeleCerfa.js";
export { pertesCerfaPdf } from "./pertesCerfaPdf.js";
export { champsCerfa11, champsCerfa12, champsIgnoresCerfa, champsParVersionCerfa, cheminsHorsCerfa12, versionFormulaireCerfa } from "./champsCerfa.js";
export type { ChampCerfa, ConversionCerfa, PartieCourriel, ProprieteRemuneration } from "./ChampCerfa.js";
