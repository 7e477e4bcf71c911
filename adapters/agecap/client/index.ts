// Client de transport AGECAP (Node, TLS mutuel) : sous-chemin « @communs-opco/adaptateur-agecap/client ».
export type { ConfigurationClientAgecap } from "./ConfigurationClientAgecap.js";
export type { ClientAgecap, PieceJointeAgecap } from "./ClientAgecap.js";
export { creerClientAgecap } from "./creerClientAgecap.js";
export { creerFetchCertificatClient, type CertificatClient } from "./creerFetchCertificatClient.js";
