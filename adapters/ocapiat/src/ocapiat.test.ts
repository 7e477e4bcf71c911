import { verifierOpcoContreEmulateur } from "@communs-opco/adaptateur-api-convergence/test";
import * as paquet from "./index.js";

verifierOpcoContreEmulateur({
  nom: "OCAPIAT",
  slug: "ocapiat",
  paquet,
  creerClient: paquet.creerClientOcapiat,
  nombreIdcc: 48,
  listeRncp: { fichier: "ocapiat.csv", copieLocale: new URL("../data/ocapiat.csv", import.meta.url), nombreCodes: 187 },
  capacites: { contrats_v1: "production", contrats_v2: "production", factures: "production", etats_factures: "production", conventions: "production", certificats: "absent" },
  saveurAuthentification: "scope_api",
  nombreParticularites: 0,
});
