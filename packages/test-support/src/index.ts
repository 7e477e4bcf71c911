export * from "./ServeurEmulateur.js";
export * from "./dossierDonneesPartagees.js";
export * from "./referentiels/index.js";
export * from "./apiConvergence/index.js";
export * from "./lba/index.js";
export * from "./yousign/index.js";
export * from "./deca/index.js";
export * from "./agecap/index.js";
