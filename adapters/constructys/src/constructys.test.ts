import { verifierOpcoContreEmulateur } from "@communs-opco/adaptateur-api-convergence/test";
import * as paquet from "./index.js";

verifierOpcoContreEmulateur({
  nom: "Constructys",
  slug: "constructys",
  paquet,
  creerClient: paquet.creerClientConstructys,
  nombreIdcc: 9,
  listeRncp: null,
  capacites: { contrats_v1: "production", contrats_v2: "absent", factures: "production", etats_factures: "absent", conventions: "production", certificats: "absent" },
  saveurAuthentification: "scope_api",
  nombreParticularites: 0,
});
