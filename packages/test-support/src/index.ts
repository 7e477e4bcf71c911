export * from "./ServeurEmulateur.js";
export * from "./referentiels/index.js";
export * from "./apiConvergence/index.js";
