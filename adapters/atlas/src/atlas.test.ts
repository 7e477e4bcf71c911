import { verifierOpcoContreEmulateur } from "@communs-opco/adaptateur-api-convergence/test";
import * as paquet from "./index.js";

verifierOpcoContreEmulateur({
  nom: "ATLAS",
  slug: "atlas",
  paquet,
  creerClient: paquet.creerClientAtlas,
  nombreIdcc: 20,
  listeRncp: { fichier: "atlas.csv", copieLocale: new URL("../data/atlas.csv", import.meta.url), nombreCodes: 1992 },
  capacites: { contrats_v1: "production", contrats_v2: "production", factures: "production", etats_factures: "production", conventions: "production", certificats: "absent" },
  saveurAuthentification: "scope_api",
  nombreParticularites: 0,
});
