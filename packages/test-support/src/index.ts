export * from "./ServeurEmulateur.js";
