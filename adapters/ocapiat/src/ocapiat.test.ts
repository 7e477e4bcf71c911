import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { authentificationOpco, capaciteDisponible, type ClientApiConvergence, type NomCapaciteApi } from "@communs-opco/adaptateur-api-convergence";
import { opcoParIdcc } from "@communs-opco/nomenclatures";
import type { Dossier } from "@communs-opco/schemas";
import { demarrerEmulateurApiConvergence } from "@communs-opco/test-support";
import { describe, expect, it } from "vitest";
import { adaptateur, alias, authentification, capacites, comportement, creerClientOcapiat, listeRncp, opco, particularites, perimetreIdcc } from "./index.js";

const CLE = "cle-api-ocapiat";
const SECRET = "secret-client-ocapiat";
const DOSSIER: Dossier = {
  numeroExterne: "CFA-2025-0001",
  contrat: {
    apprenti: { nom: "MARTIN", prenom: "Léa", dateNaissance: "2006-03-14" },
    employeur: { denomination: "Entreprise émulée", siret: "13002526500013" },
    contrat: { typeContratApp: "11", dateDebutContrat: "2025-09-01", dateFinContrat: "2027-08-31" },
  },
  financement: { echeances: [{ numero: 1, codification: "E1", dateDebut: "2025-09-01", dateFin: "2026-08-31" }] },
};
const APPELS: Record<NomCapaciteApi, (client: ClientApiConvergence, numero: string) => Promise<unknown>> = {
  contrats_v1: (c) => c.deposerDossier(DOSSIER, { version: "v1" }),
  contrats_v2: (c) => c.deposerDossier(DOSSIER, { version: "v2" }),
  factures: (c, numero) => c.deposerFacture({ referenceCfa: "FAC-1", montant: 100, affectations: [{ numeroInterneDossier: numero, montant: 100 }] }),
  etats_factures: (c) => c.etatsFactures().next(),
  conventions: (c, numero) => c.deposerConvention({ ...DOSSIER, numeroInterne: numero }),
  certificats: (c, numero) => c.deposerCertificat({ ...DOSSIER, numeroInterne: numero }, { typeCertificat: "Final" }),
};

describe("OCAPIAT", () => {
  it("identité, alias et périmètre IDCC", () => {
    expect(opco.slug).toBe("ocapiat");
    expect(alias.length).toBeGreaterThan(0);
    expect(perimetreIdcc).toHaveLength(48);
    expect(perimetreIdcc.every((idcc) => opcoParIdcc(idcc)?.slug === "ocapiat")).toBe(true);
    expect(adaptateur.metadonnees).toMatchObject({ nom: "api-convergence:ocapiat", opco: "ocapiat" });
  });

  it("reprend la liste RNCP du fichier data/ocapiat.csv (et de shared/data quand il est présent)", () => {
    const lireCodes = (texte: string) => texte.replace(/^\uFEFF/u, "").split("\n").slice(1).map((l) => l.trim()).filter((l) => l !== "");
    const codes = lireCodes(readFileSync(new URL("../data/ocapiat.csv", import.meta.url), "utf8"));
    expect(codes).toHaveLength(187);
    expect(listeRncp?.codes).toEqual(codes);
    expect(codes.every((c) => /^RNCP\d{3,5}$/u.test(c))).toBe(true);
    const partage = join(process.env["COMMUNS_OPCO_DONNEES"] ?? fileURLToPath(new URL("../../../../shared/data", import.meta.url)), "opco-rncp", "ocapiat.csv");
    if (existsSync(partage)) expect(lireCodes(readFileSync(partage, "utf8"))).toEqual(codes);
  });

  it("expose la matrice de capacités datée du 2026-07-28", () => {
    expect(capacites.map((c) => [c.capacite, c.etat])).toEqual([
      ["contrats_v1", "production"],
      ["contrats_v2", "production"],
      ["factures", "production"],
      ["etats_factures", "production"],
      ["conventions", "production"],
      ["certificats", "absent"],
    ]);
    expect(capacites.every((c) => c.constateLe === "2026-07-28" && c.confiance === "S" && c.disponible === (c.etat === "production"))).toBe(true);
    expect(comportement.capacites).toBe(capacites);
    expect(authentification.saveur).toBe("scope_api");
    expect(particularites).toHaveLength(0);
  });

  it("dialogue avec l'émulateur configuré comme OCAPIAT", async () => {
    const e = await demarrerEmulateurApiConvergence({
      cleApi: CLE,
      authentification: { type: "oauth2", clientId: "cfa", clientSecret: SECRET, scope: "api.read api.write" },
      routesAbsentes: ["/v2/certificats"],
    });
    try {
      const client = creerClientOcapiat({ baseUrl: e.url, cleApi: CLE, editeur: "Communs OPCO", logiciel: "tests", version: "0.0.0", attenteMaxMs: 0, pauseTentativeMs: 0, ...{ urlJeton: e.urlJeton, clientId: "cfa", clientSecret: SECRET } });
      expect(await client.statut()).toEqual({ status: "OK" });
      expect(e.jetonsEmis).toBe(1);
      let numero = "INCONNU";
      if (capaciteDisponible(capacites, "contrats_v1") === true) {
        const v2 = capaciteDisponible(capacites, "contrats_v2") === true;
        numero = ((await client.deposerDossier(DOSSIER, { version: v2 ? "v2" : "v1" })) as { numeroInterne: string }).numeroInterne;
        const lu = v2 ? await client.dossier(numero) : (await client.dossiers([numero]))[0];
        expect(lu?.ok === true && lu.valeur).toMatchObject({ opco: "ocapiat", numeroInterne: numero, numeroExterne: "CFA-2025-0001", etat: "TRANSMIS" });
        const etats = [];
        for await (const r of client.etatsDossiers({ version: v2 ? "v2" : "v1" })) etats.push(r);
        expect(etats).toHaveLength(1);
        expect(v2 ? await client.dossier("INCONNU") : await client.dossiers(["INCONNU"])).toEqual(v2 ? null : []);
      }
      for (const c of capacites.filter((x) => x.disponible && ["factures", "conventions", "certificats", "etats_factures"].includes(x.capacite))) {
        await APPELS[c.capacite](client, numero);
      }
      const avant = e.statistiques.requetes;
      for (const c of capacites.filter((x) => !x.disponible)) {
        await expect(APPELS[c.capacite](client, numero)).rejects.toMatchObject({ code: "non_pris_en_charge" });
      }
      expect(e.statistiques.requetes).toBe(avant);
    } finally {
      await e.arreter();
    }
  });
});
