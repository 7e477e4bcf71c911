// Outils de test partagés par les paquets d'OPCO (sous-chemin `./test`, réservé aux tests du dépôt).
export type { DialogueEmulateurOpco, ScenarioOpcoApiConvergence } from "./ScenarioOpcoApiConvergence.js";
export { verifierOpcoContreEmulateur } from "./verifierOpcoContreEmulateur.js";
