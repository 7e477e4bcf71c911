import { verifierOpcoContreEmulateur } from "@communs-opco/adaptateur-api-convergence/test";
import * as paquet from "./index.js";

verifierOpcoContreEmulateur({
  nom: "OPCO Mobilités",
  slug: "opco-mobilites",
  paquet,
  creerClient: paquet.creerClientOpcoMobilites,
  nombreIdcc: 22,
  listeRncp: { fichier: "mobilite.csv", copieLocale: new URL("../data/mobilite.csv", import.meta.url), nombreCodes: 339 },
  capacites: { contrats_v1: "production", contrats_v2: "production", factures: "production", etats_factures: "production", conventions: "production", certificats: "absent" },
  saveurAuthentification: "scope_api",
  nombreParticularites: 0,
});
