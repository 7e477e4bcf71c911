import { readFileSync } from "node:fs";
import { join } from "node:path";
import { opcoParIdcc } from "@communs-opco/nomenclatures";
import type { Dossier } from "@communs-opco/schemas";
import { demarrerEmulateurApiConvergence, dossierDonneesPartagees, type VariantesApiConvergence } from "@communs-opco/test-support";
import { describe, expect, it } from "vitest";
import type { NomCapaciteApi } from "../CapaciteApiOpco.js";
import { capaciteDisponible } from "../capaciteDisponible.js";
import type { ClientApiConvergence } from "../ClientApiConvergence.js";
import type { ToleranceApiConvergence } from "../ToleranceApiConvergence.js";
import type { ScenarioOpcoApiConvergence } from "./ScenarioOpcoApiConvergence.js";

const DOSSIER: Dossier = {
  numeroExterne: "CFA-2025-0001",
  contrat: {
    apprenti: { nom: "MARTIN", prenom: "Léa", dateNaissance: "2006-03-14" },
    employeur: { denomination: "Entreprise émulée", siret: "13002526500013" },
    organismeFormation: { siret: "19690124100017" },
    contrat: { typeContratApp: "11", dateSignature: "2025-08-20", dateDebutContrat: "2025-09-01", dateFinContrat: "2027-08-31" },
    formation: { dateDebutFormation: "2025-09-01", dateFinFormation: "2027-06-30", dureeFormation: 1350 },
  },
  convention: { dateSignature: "2025-08-25", mandatEmployeur: true },
  financement: {
    echeances: [{ numero: 1, codification: "E1", dateDebut: "2025-09-01", dateFin: "2026-08-31" }],
    fraisAnnexes: [{ nature: "RESTAURATION", quantite: 100, prixUnitaire: 3, montantTotal: 300 }, { nature: "PREMIER_EQUIPEMENT", quantite: 1, prixUnitaire: 500, montantTotal: 500 }],
  },
  certificats: [{ type: "FINAL", numeroEcheance: 1, dateSignature: "2026-09-01" }],
};

/** Variante de réponse de l'émulateur redressée par chaque tolérance d'enregistrement ou de page. */
const VARIANTES: readonly (readonly [ToleranceApiConvergence, VariantesApiConvergence, "page" | "enregistrement"])[] = [
  ["page_en_liste", { pageEnListe: true }, "page"],
  ["liste_vide_fin_de_pages", { listeVideFinDePages: true }, "page"],
  ["bloc_employeur_indifferent", { blocEmployeur: "les_deux" }, "enregistrement"],
  ["etat_en_toutes_lettres", { etatEnToutesLettres: true }, "enregistrement"],
  ["nature_frais_orthographe", { natureFraisMajuscules: true }, "enregistrement"],
  ["commentaire_racine", { commentaireRacine: true }, "enregistrement"],
];

/** Détail de dossier émulé (forme `GET /v2/dossiers`) en état RUPTU, avec frais annexes et commentaire. */
function dossierEmule(numero: string): Record<string, unknown> {
  return {
    cerfa: {
      numeroInterne: numero, numeroExterne: `CFA-${numero}`, etat: "RUPTU", commentaireEtat: "Rupture signalée",
      apprenti: { nom: "MARTIN", prenom: "Léa" }, employeurV2: { denomination: "Entreprise émulée", siret: "13002526500013" },
      contrat: { dateDebutContrat: "2025-09-01T00:00:00Z", dateRupture: "2025-12-15T00:00:00+0000" },
    },
    engagementsFraisAnnexe: [{ natureFrais: "Restauration", quantite: 100, prixUnitaire: 3, montantTotal: 300 }],
    detailsFacturation: { fraisMobiliteRegles: 0 },
  };
}
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
 * `@communs-opco/test-support` configuré comme l'OPCO (formes de dates exigées comprises) :
 * statut, jeton, dépôt et relecture d'un dossier, états, capacités disponibles appelées,
 * document PDF, validité de la clé, rupture par l'employeur (protocole v2), capacités
 * absentes refusées (`non_pris_en_charge`) sans requête ; enfin, pour chaque variante de
 * forme de réponse que l'émulateur sait produire, vérifie qu'une tolérance activée la lit
 * (notée dans `source.tolerances`) et qu'une tolérance non activée ne perd rien en silence.
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
      const { formesDate } = paquet;
      const e = await demarrerEmulateurApiConvergence({
        cleApi: cle,
        authentification: { type: "oauth2", clientId: "cfa", clientSecret: secret, ...(scope === undefined ? {} : { scope }), ...dialogue.authentification },
        routesAbsentes: capacites.filter((c) => !c.disponible).map((c) => ROUTES[c.capacite]),
        formesDateExigees: { dossier: formesDate.dossier, convention: formesDate.convention, certificat: formesDate.certificat, rupture: formesDate.rupture },
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
        if (capaciteDisponible(capacites, "contrats_v1") === true) {
          const pdf = new TextEncoder().encode("%PDF-1.7\n% convention signée émulée\n%%EOF\n");
          await client.deposerDocument({ typeFichier: "convention", objets: [{ typeObjet: "dossier", idObjet: numero }], nomFichier: "convention.pdf", octets: pdf });
          expect(e.documents).toHaveLength(1);
          expect(await client.infoCle("130025265", "2026-12-06")).toMatchObject({ valide: true, dateFinValidite: "2099-12-31" });
          if (capaciteDisponible(capacites, "contrats_v2") === true) {
            await client.declarerRuptureEmployeur({ numeroInterne: numero, rupture: { dateEffet: "2025-12-15" } });
            const rompu = await client.dossier(numero);
            expect(rompu?.ok === true && rompu.valeur.etat).toBe("ROMPU");
          }
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

    const v2 = capaciteDisponible(paquet.capacites, "contrats_v2") === true;
    const v1 = capaciteDisponible(paquet.capacites, "contrats_v1") === true;
    for (const [tolerance, variantes, portee] of VARIANTES) {
      const applicable = portee === "page" ? v2 : v1;
      const active = paquet.tolerances.includes(tolerance);
      it.skipIf(!applicable)(`lit la variante « ${tolerance} » de l'émulateur (${active ? "tolérance activée" : "tolérance non activée : erreur localisée, rien de perdu en silence"})`, async () => {
        const dialogue = scenario.dialogue?.() ?? {};
        const { scope } = paquet.authentification;
        const e = await demarrerEmulateurApiConvergence({
          cleApi: cle,
          authentification: { type: "oauth2", clientId: "cfa", clientSecret: secret, ...(scope === undefined ? {} : { scope }), ...dialogue.authentification },
          routesAbsentes: paquet.capacites.filter((c) => !c.disponible).map((c) => ROUTES[c.capacite]),
          ...dialogue.emulateur,
          dossiers: ["V-1", "V-2", "V-3"].map(dossierEmule),
          taillePage: 2,
          variantes,
        });
        try {
          const client = scenario.creerClient({
            baseUrl: e.url, cleApi: cle, editeur: "Communs OPCO", logiciel: "tests", version: "0.0.0", attenteMaxMs: 0, pauseTentativeMs: 0,
            urlJeton: e.urlJeton, clientId: "cfa", clientSecret: secret, ...dialogue.client,
          });
          const lus = [];
          if (portee === "page") for await (const r of client.etatsDossiers({ version: "v2" })) lus.push(r);
          else lus.push(...(v2 ? [await client.dossier("V-1")] : await client.dossiers(["V-1"])));
          if (!active) {
            expect(lus.some((r) => r === null || !r.ok) || lus.every((r) => r?.ok === true && r.valeur.source?.tolerances === undefined)).toBe(true);
            return;
          }
          expect(lus).toHaveLength(portee === "page" ? 3 : 1);
          // La liste vide finale ne porte aucun enregistrement : seule la fin du parcours en témoigne.
          const notee = tolerance !== "liste_vide_fin_de_pages";
          expect(lus.every((r) => r?.ok === true && r.valeur.etat === "ROMPU" && (!notee || r.valeur.source?.tolerances?.includes(tolerance)))).toBe(true);
          if (!notee) expect(e.statistiques.journal.filter((l) => l.url.startsWith("/v2/dossiers/etats")).map((l) => l.statut)).toEqual([200, 200, 200]);
          const premier = lus[0];
          if (portee === "enregistrement" && premier?.ok === true) {
            expect(premier.valeur).toMatchObject({ numeroInterne: "V-1", commentaireEtat: "Rupture signalée", contrat: { employeur: { siret: "13002526500013" }, contrat: { dateRupture: "2025-12-15" } } });
            expect(premier.valeur.financement?.fraisAnnexes?.[0]?.nature).toBe("RESTAURATION");
          }
        } finally {
          await e.arreter();
        }
      });
    }
  });
}
