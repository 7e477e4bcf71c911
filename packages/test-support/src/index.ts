export * from "./ServeurEmulateur.js";
export * from "./referentiels/index.js";
