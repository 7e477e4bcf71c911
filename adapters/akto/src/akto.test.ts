import { authentificationOpco } from "@communs-opco/adaptateur-api-convergence";
import { verifierOpcoContreEmulateur } from "@communs-opco/adaptateur-api-convergence/test";
import { describe, expect, it } from "vitest";
import * as paquet from "./index.js";

verifierOpcoContreEmulateur({
  nom: "AKTO",
  slug: "akto",
  paquet,
  creerClient: paquet.creerClientAkto,
  nombreIdcc: 30,
  listeRncp: { fichier: "akto.csv", copieLocale: new URL("../data/akto.csv", import.meta.url), nombreCodes: 164 },
  capacites: { contrats_v1: "production", contrats_v2: "production", factures: "production", etats_factures: "production", conventions: "production", certificats: "absent" },
  saveurAuthentification: "azure_ad",
  nombreParticularites: 1,
  dialogue: () => ({
    authentification: { scope: "api://api-convergence/.default", cheminJeton: "/tenant-cfa/oauth2/v2.0/token" },
    client: { scope: "api://api-convergence/.default" },
  }),
});

describe("AKTO", () => {
  it("construit l'URL de jeton Azure AD à partir du tenant", () => {
    const a = authentificationOpco(paquet.authentification, { baseUrl: "https://x", cleApi: "k", editeur: "e", logiciel: "l", version: "1", tenant: "mon-tenant", clientId: "c", clientSecret: "s", scope: "api://x/.default" });
    expect(a).toMatchObject({ type: "oauth2", urlJeton: "https://login.microsoftonline.com/mon-tenant/oauth2/v2.0/token", scope: "api://x/.default" });
    expect(() => authentificationOpco(paquet.authentification, { baseUrl: "https://x", cleApi: "k", editeur: "e", logiciel: "l", version: "1", tenant: "t" })).toThrow(/clientId, clientSecret, scope/u);
  });
});
