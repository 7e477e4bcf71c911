import { verifierOpcoContreEmulateur } from "@communs-opco/adaptateur-api-convergence/test";
import * as paquet from "./index.js";

verifierOpcoContreEmulateur({
  nom: "OPCO EP",
  slug: "opco-ep",
  paquet,
  creerClient: paquet.creerClientOpcoEp,
  nombreIdcc: 54,
  listeRncp: { fichier: "ep.csv", copieLocale: new URL("../data/ep.csv", import.meta.url), nombreCodes: 1132 },
  capacites: { contrats_v1: "production", contrats_v2: "recette", factures: "production", etats_factures: "absent", conventions: "production", certificats: "absent" },
  saveurAuthentification: "oidc_sans_scope",
  nombreParticularites: 2,
  dialogue: () => ({
    authentification: { scope: null },
    emulateur: { statutIntrouvable: 400 },
  }),
});
