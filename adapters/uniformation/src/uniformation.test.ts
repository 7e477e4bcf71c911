import { verifierOpcoContreEmulateur } from "@communs-opco/adaptateur-api-convergence/test";
import * as paquet from "./index.js";

verifierOpcoContreEmulateur({
  nom: "Uniformation",
  slug: "uniformation",
  paquet,
  creerClient: paquet.creerClientUniformation,
  nombreIdcc: 28,
  listeRncp: { fichier: "uniformation.csv", copieLocale: new URL("../data/uniformation.csv", import.meta.url), nombreCodes: 53 },
  capacites: { contrats_v1: "production", contrats_v2: "absent", factures: "developpement", etats_factures: "absent", conventions: "production", certificats: "absent" },
  saveurAuthentification: "scope_api",
  nombreParticularites: 1,
});
