import { verifierOpcoContreEmulateur } from "@communs-opco/adaptateur-api-convergence/test";
import * as paquet from "./index.js";

verifierOpcoContreEmulateur({
  nom: "OPCO Santé",
  slug: "opco-sante",
  paquet,
  creerClient: paquet.creerClientOpcoSante,
  nombreIdcc: 9,
  listeRncp: null,
  capacites: { contrats_v1: "developpement", contrats_v2: "absent", factures: "production", etats_factures: "absent", conventions: "developpement", certificats: "absent" },
  saveurAuthentification: "scope_api",
  nombreParticularites: 1,
});
