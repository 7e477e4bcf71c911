// Client de l'API d'extraction DECA (Node) : sous-chemin « @communs-opco/adaptateur-deca/client ».
export type { ConfigurationClientDeca } from "./ConfigurationClientDeca.js";
export type { ClientDeca, PageDeca } from "./ClientDeca.js";
export { creerClientDeca } from "./creerClientDeca.js";
