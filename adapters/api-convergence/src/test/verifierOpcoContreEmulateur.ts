import { readFileSync } from "node:fs";
import { join } from "node:path";
import { opcoParIdcc } from "@communs-opco/nomenclatures";
import type { Dossier } from "@communs-opco/schemas";
import { demarrerEmulateurApiConvergence, dossierDonneesPartagees } from "@communs-opco/test-support";
import { describe, expect, it } from "vitest";
import type { NomCapaciteApi } from "../CapaciteApiOpco.js";
import { capaciteDisponible } from "../capaciteDisponible.js";
import type { ClientApiConvergence } from "../ClientApiConvergence.js";
import type { ScenarioOpcoApiConvergence } from "./ScenarioOpcoApiConvergence.js";

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

/** Préfixe de route de l'API Convergence qui sert chaque capacité (routes absentes de l'émulateur). */
const ROUTES: Record<NomCapaciteApi, string> = {
  contrats_v1: "/v1/dossiers",
  contrats_v2: "/v2/dossiers",
  factures: "/v1/factures",
  etats_factures: "/v2/factures",
  conventions: "/v1/conventions",
  certificats: "/v2/certificats",
};

/** Codes d'un fichier RNCP d'OPCO : une ligne d'en-tête, un code par ligne, BOM et lignes vides ignorés. */
function lireCodes(texte: string): string[] {
  return texte.replace(/^\uFEFF/u, "").split("\n").slice(1).map((l) => l.trim()).filter((l) => l !== "");
}

/**
 * Scénario de test commun aux paquets d'OPCO (réservé aux tests) : déclare un `describe`
 * au nom de l'OPCO qui vérifie l'identité, les alias et le périmètre IDCC, la liste RNCP
 * (copie locale et celle des données de test du dépôt, `packages/test-support/donnees/opco-rncp`), la matrice datée des
 * capacités, le profil d'authentification, puis dialogue avec l'émulateur de
 * `@communs-opco/test-support` configuré comme l'OPCO : statut, jeton, dépôt et relecture
 * d'un dossier, états, capacités disponibles appelées, capacités absentes refusées
 * (`non_pris_en_charge`) sans requête.
 *
 * @example
 * ```ts
 * import { verifierOpcoContreEmulateur } from "@communs-opco/adaptateur-api-convergence/test";
 * import * as paquet from "./index.js";
 * verifierOpcoContreEmulateur({ nom: "ATLAS", slug: "atlas", paquet, creerClient: paquet.creerClientAtlas, ... });
 * ```
 */
export function verifierOpcoContreEmulateur(scenario: ScenarioOpcoApiConvergence): void {
  const { nom, slug, paquet, listeRncp: attendue } = scenario;
  const cle = `cle-api-${slug}`;
  const secret = `secret-client-${slug}`;

  describe(nom, () => {
    it("identité, alias et périmètre IDCC", () => {
      expect(paquet.opco.slug).toBe(slug);
      expect(paquet.alias.length).toBeGreaterThan(0);
      expect(paquet.perimetreIdcc).toHaveLength(scenario.nombreIdcc);
      expect(paquet.perimetreIdcc.every((idcc) => opcoParIdcc(idcc)?.slug === slug)).toBe(true);
      expect(paquet.adaptateur.metadonnees).toMatchObject({ nom: `api-convergence:${slug}`, opco: slug });
    });

    if (attendue === null) {
      it("n'a pas de liste RNCP transmise au Tableau de bord", () => {
        expect(paquet.listeRncp).toBeNull();
      });
    } else {
      it(`reprend la liste RNCP du fichier data/${attendue.fichier} (identique à celle des données de test du dépôt)`, () => {
        const codes = lireCodes(readFileSync(attendue.copieLocale, "utf8"));
        expect(codes).toHaveLength(attendue.nombreCodes);
        expect(paquet.listeRncp?.codes).toEqual(codes);
        expect(codes.every((c) => /^RNCP\d{3,5}$/u.test(c))).toBe(true);
        const partage = join(dossierDonneesPartagees(), "opco-rncp", attendue.fichier);
        expect(lireCodes(readFileSync(partage, "utf8"))).toEqual(codes);
      });
    }

    it("expose la matrice de capacités datée du 2026-07-28", () => {
      const { capacites } = paquet;
      expect(capacites.map((c) => [c.capacite, c.etat])).toEqual(Object.entries(scenario.capacites));
      expect(capacites.every((c) => c.constateLe === "2026-07-28" && c.confiance === "S" && c.disponible === (c.etat === "production"))).toBe(true);
      expect(paquet.comportement.capacites).toBe(capacites);
      expect(paquet.authentification.saveur).toBe(scenario.saveurAuthentification);
      expect(paquet.particularites).toHaveLength(scenario.nombreParticularites);
    });

    it(`dialogue avec l'émulateur configuré comme ${nom}`, async () => {
      const { capacites } = paquet;
      const dialogue = scenario.dialogue?.() ?? {};
      const { scope } = paquet.authentification;
      const e = await demarrerEmulateurApiConvergence({
        cleApi: cle,
        authentification: { type: "oauth2", clientId: "cfa", clientSecret: secret, ...(scope === undefined ? {} : { scope }), ...dialogue.authentification },
        routesAbsentes: capacites.filter((c) => !c.disponible).map((c) => ROUTES[c.capacite]),
        ...dialogue.emulateur,
      });
      try {
        const client = scenario.creerClient({
          baseUrl: e.url, cleApi: cle, editeur: "Communs OPCO", logiciel: "tests", version: "0.0.0", attenteMaxMs: 0, pauseTentativeMs: 0,
          urlJeton: e.urlJeton, clientId: "cfa", clientSecret: secret, ...dialogue.client,
        });
        expect(await client.statut()).toEqual({ status: "OK" });
        expect(e.jetonsEmis).toBe(1);
        let numero = "INCONNU";
        if (capaciteDisponible(capacites, "contrats_v1") === true) {
          const v2 = capaciteDisponible(capacites, "contrats_v2") === true;
          numero = ((await client.deposerDossier(DOSSIER, { version: v2 ? "v2" : "v1" })) as { numeroInterne: string }).numeroInterne;
          const lu = v2 ? await client.dossier(numero) : (await client.dossiers([numero]))[0];
          expect(lu?.ok === true && lu.valeur).toMatchObject({ opco: slug, numeroInterne: numero, numeroExterne: "CFA-2025-0001", etat: "TRANSMIS" });
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
}
