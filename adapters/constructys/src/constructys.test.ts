import { verifierOpcoContreEmulateur } from "@communs-opco/adaptateur-api-convergence/test";
import * as paquet from "./index.js";

verifierOpcoContreEmulateur({
  nom: "Constructys",
  slug: "constructys",
  paquet,
  creerClient: paquet.creerClientConstructys,
  nombreIdcc: 9,
  listeRncp: null,
  capacites: [
    ["contrats_v1", "production"],
    ["contrats_v2", "absent"],
    ["factures", "production"],
    ["etats_factures", "absent"],
    ["conventions", "production"],
    ["certificats", "absent"],
  ],
  saveurAuthentification: "scope_api",
  nombreParticularites: 0,
  dialogue: () => ({
    authentification: { scope: "api.read api.write" },
    emulateur: { routesAbsentes: ["/v2/dossiers", "/v2/factures", "/v2/certificats"] },
  }),
});
