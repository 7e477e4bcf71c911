import { verifierOpcoContreEmulateur } from "@communs-opco/adaptateur-api-convergence/test";
import * as paquet from "./index.js";

verifierOpcoContreEmulateur({
  nom: "OPCO 2i",
  slug: "opco2i",
  paquet,
  creerClient: paquet.creerClientOpco2i,
  nombreIdcc: 43,
  listeRncp: { fichier: "2i.csv", copieLocale: new URL("../data/2i.csv", import.meta.url), nombreCodes: 175 },
  capacites: { contrats_v1: "production", contrats_v2: "absent", factures: "production", etats_factures: "absent", conventions: "production", certificats: "absent" },
  saveurAuthentification: "scope_api",
  nombreParticularites: 0,
});
