import { verifierOpcoContreEmulateur } from "@communs-opco/adaptateur-api-convergence/test";
import * as paquet from "./index.js";

verifierOpcoContreEmulateur({
  nom: "L'Opcommerce",
  slug: "opcommerce",
  paquet,
  creerClient: paquet.creerClientOpcommerce,
  nombreIdcc: 21,
  listeRncp: null,
  capacites: { contrats_v1: "production", contrats_v2: "production", factures: "production", etats_factures: "production", conventions: "production", certificats: "absent" },
  saveurAuthentification: "scope_api",
  nombreParticularites: 0,
});
