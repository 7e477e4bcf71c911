// Outils de test partagés par les adaptateurs de formats (sous-chemin `./test`, réservé aux tests du dépôt).
export { alterationsAuHasard, altererEnregistrements, type Alteration } from "./altererEnregistrements.js";
export { verifierAllerRetour } from "./verifierAllerRetour.js";
export { sansIndefinis } from "./sansIndefinis.js";
