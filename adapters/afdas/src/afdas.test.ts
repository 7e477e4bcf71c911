import { generateKeyPairSync } from "node:crypto";
import { verifierOpcoContreEmulateur } from "@communs-opco/adaptateur-api-convergence/test";
import * as paquet from "./index.js";

verifierOpcoContreEmulateur({
  nom: "AFDAS",
  slug: "afdas",
  paquet,
  creerClient: paquet.creerClientAfdas,
  nombreIdcc: 46,
  listeRncp: { fichier: "afdas.csv", copieLocale: new URL("../data/afdas.csv", import.meta.url), nombreCodes: 44 },
  capacites: { contrats_v1: "production", contrats_v2: "absent", factures: "production", etats_factures: "developpement", conventions: "production", certificats: "production" },
  saveurAuthentification: "dpop",
  nombreParticularites: 2,
  dialogue: () => {
    const cles = generateKeyPairSync("rsa", { modulusLength: 1024 });
    return {
      authentification: { dpop: { clePublique: cles.publicKey } },
      emulateur: { reponseObjet: true },
      client: { clePrivee: cles.privateKey },
    };
  },
});
