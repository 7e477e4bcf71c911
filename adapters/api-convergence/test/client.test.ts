import { generateKeyPairSync } from "node:crypto";
import { readFileSync } from "node:fs";
import { inspect } from "node:util";
import { demarrerEmulateurApiConvergence, type EmulateurApiConvergence, type OptionsEmulateurApiConvergence } from "@communs-opco/test-support";
import type { Dossier } from "@communs-opco/schemas";
import { afterEach, describe, expect, it } from "vitest";
import { creerClientApiConvergence, ErreurApiConvergence, type OptionsClientApiConvergence } from "../src/index.js";

const CLE = "cle-api-tres-secrete-42";
const SECRET = "secret-client-tres-secret-99";
const dossierV2 = JSON.parse(readFileSync(new URL("./donnees/dossier-v2.json", import.meta.url), "utf8")) as Record<string, unknown>;
const facturesEtats = JSON.parse(readFileSync(new URL("./donnees/factures-etats.json", import.meta.url), "utf8")) as { factures: Record<string, unknown>[] };

let emulateur: EmulateurApiConvergence | undefined;
afterEach(async () => {
  await emulateur?.arreter();
  emulateur = undefined;
});

async function demarrer(options: OptionsEmulateurApiConvergence = {}): Promise<EmulateurApiConvergence> {
  emulateur = await demarrerEmulateurApiConvergence({ cleApi: CLE, ...options });
  return emulateur;
}

function client(e: EmulateurApiConvergence, options: Partial<OptionsClientApiConvergence> = {}) {
  return creerClientApiConvergence({
    baseUrl: e.url,
    cleApi: CLE,
    editeur: "Communs OPCO",
    logiciel: "tests",
    version: "0.0.0",
    authentification: { type: "cle_api" },
    attenteMaxMs: 0,
    pauseTentativeMs: 0,
    ...options,
  });
}

const dossierStandard = (n: number): Dossier => ({
  numeroExterne: `CFA-${n}`,
  contrat: {
    apprenti: { nom: "MARTIN", prenom: "Léa", dateNaissance: "2006-03-14" },
    employeur: { denomination: "Hôtel du Parc", siret: "13002526500013" },
    contrat: { typeContratApp: "11", dateDebutContrat: "2025-09-01", dateFinContrat: "2027-08-31" },
    formation: { rncp: "RNCP38430", dateDebutFormation: "2025-09-01" },
  },
});

describe("client API Convergence contre l'émulateur", () => {
  it("envoie X-API-KEY et EDITEUR/LOGICIEL/VERSION, dépose en v1 et v2 puis relit le dossier", async () => {
    const e = await demarrer();
    const c = client(e);
    expect(await c.statut()).toEqual({ status: "OK" });
    const reponse = (await c.deposerDossier(dossierStandard(1), { version: "v2" })) as { numeroInterne: string };
    const depot = e.depots[0]?.corps as { cerfa: Record<string, unknown> };
    expect(depot.cerfa["employeurV2"]).toEqual({ denomination: "Hôtel du Parc", siret: "13002526500013" });
    expect((depot.cerfa["contrat"] as Record<string, unknown>)["typeContratApp"]).toBe(11);
    const lu = await c.dossier(reponse.numeroInterne);
    expect(lu?.ok).toBe(true);
    if (lu?.ok) {
      expect(lu.valeur).toMatchObject({ numeroInterne: reponse.numeroInterne, numeroExterne: "CFA-1", etat: "TRANSMIS" });
      expect(lu.valeur.contrat?.contrat?.dateDebutContrat).toBe("2025-09-01");
    }
    await c.deposerDossier(dossierStandard(2), { version: "v1" });
    expect(Object.keys((e.depots[1]?.corps as { cerfa: Record<string, unknown> }).cerfa)).toContain("employeur");
    expect(await c.dossier("INCONNU")).toBeNull();
  });

  it("parcourt toutes les pages d'états (numeroPage) et les états de factures", async () => {
    const e = await demarrer({ taillePage: 2, factures: facturesEtats.factures });
    const c = client(e);
    for (let n = 1; n <= 5; n += 1) await c.deposerDossier(dossierStandard(n));
    const premier = [...e.dossiers.keys()][0]!;
    e.changerEtat(premier, "RUPTU", "2025-12-15", "Rupture");
    const etats = [];
    for await (const r of c.etatsDossiers()) etats.push(r);
    expect(etats).toHaveLength(5);
    expect(e.statistiques.journal.filter((l) => l.url.startsWith("/v2/dossiers/etats")).map((l) => l.url)).toEqual([
      "/v2/dossiers/etats?numeroPage=1",
      "/v2/dossiers/etats?numeroPage=2",
      "/v2/dossiers/etats?numeroPage=3",
    ]);
    const rompu = etats.find((r) => r.ok && r.valeur.numeroInterne === premier);
    expect(rompu?.ok && rompu.valeur.evenements).toEqual([{ type: "ROMPU", date: "2025-12-15", source: "api-convergence", commentaire: "Rupture" }]);
    const v1 = [];
    for await (const r of c.etatsDossiers({ version: "v1" })) v1.push(r);
    expect(v1).toHaveLength(5);
    const factures = [];
    for await (const r of c.etatsFactures()) factures.push(r);
    expect(factures[0]?.ok && factures[0].valeur.factures?.[0]?.etat).toBe("REGLE");
  });

  it("lit la liste de dossiers, dépose convention, facture et certificat", async () => {
    const e = await demarrer({ dossiers: [dossierV2] });
    const c = client(e);
    const liste = await c.dossiers(["AKT-2025-000123", "ABSENT"]);
    expect(liste).toHaveLength(1);
    const dossier = liste[0]!.ok ? liste[0]!.valeur : undefined;
    expect(dossier?.financement?.echeances).toHaveLength(2);
    await c.deposerConvention({
      ...dossier,
      contrat: { ...dossier?.contrat, organismeFormation: { siret: "19690124100017" } },
      financement: { majorationsRqth: [{ annee: 1, montant: 4000 }] },
    });
    expect(e.depots[0]).toMatchObject({ chemin: "/v1/conventions", corps: { numeroInterneDossier: "AKT-2025-000123", couts: { montantRQTHAnnee1: 4000 } } });
    const facture = (await c.deposerFacture({ referenceCfa: "FAC-1", montant: 3798.8, affectations: [{ numeroInterneDossier: "AKT-2025-000123", montant: 3798.8 }] })) as Record<string, unknown>;
    expect(facture["numeroInterneFacture"]).toMatch(/^F-/u);
    await c.deposerCertificat({ ...dossier!, contrat: { ...dossier?.contrat, organismeFormation: { siret: "19690124100017" } } }, { typeCertificat: "Intermediaire", numeroEcheance: 1 });
    expect(e.depots[2]).toMatchObject({ chemin: "/v2/certificats", corps: { typeCertificat: "Intermediaire", echeance: { numero: 1, codification: "E1", dateDebut: "2025-09-01" } } });
  });

  it("met le jeton OAuth2 en cache jusqu'à son expiration (horloge injectée) avec le scope exigé", async () => {
    let maintenant = Date.UTC(2026, 0, 5);
    const horloge = () => maintenant;
    const e = await demarrer({ horloge, authentification: { type: "oauth2", clientId: "cfa", clientSecret: SECRET, scope: "api.read api.write", dureeJetonSecondes: 600 } });
    const c = client(e, { horloge, authentification: { type: "oauth2", urlJeton: e.urlJeton, clientId: "cfa", clientSecret: SECRET, scope: "api.read api.write" } });
    await Promise.all([c.statut(), c.statut(), c.statut()]);
    expect(e.jetonsEmis).toBe(1);
    maintenant += 500_000; // 500 s : encore valable, mais dans la marge de 60 s ? non (600 - 500 = 100 s)
    await c.statut();
    expect(e.jetonsEmis).toBe(1);
    maintenant += 60_000; // 560 s : dans la marge de 60 s, renouvelé
    await c.statut();
    expect(e.jetonsEmis).toBe(2);
  });

  it("redemande un jeton après un 401 (jeton expiré côté serveur)", async () => {
    let serveur = Date.UTC(2026, 0, 5);
    const e = await demarrer({ horloge: () => serveur, authentification: { type: "oauth2", clientId: "cfa", clientSecret: SECRET, dureeJetonSecondes: 3600 } });
    const c = client(e, { horloge: () => Date.UTC(2026, 0, 5), authentification: { type: "oauth2", urlJeton: e.urlJeton, clientId: "cfa", clientSecret: SECRET } });
    await c.statut();
    serveur += 7_200_000;
    expect(await c.statut()).toEqual({ status: "OK" });
    expect(e.jetonsEmis).toBe(2);
  });

  it("refuse un scope envoyé quand l'OPCO n'en veut pas (OIDC sans scope) et l'accepte sans", async () => {
    const e = await demarrer({ authentification: { type: "oauth2", clientId: "cfa", clientSecret: SECRET, scope: null } });
    const avecScope = client(e, { authentification: { type: "oauth2", urlJeton: e.urlJeton, clientId: "cfa", clientSecret: SECRET, scope: "api.read api.write" } });
    await expect(avecScope.statut()).rejects.toMatchObject({ code: "authentification", operation: "jeton", statut: 400 });
    const sansScope = client(e, { authentification: { type: "oauth2", urlJeton: e.urlJeton, clientId: "cfa", clientSecret: SECRET } });
    expect(await sansScope.statut()).toEqual({ status: "OK" });
  });

  it("signe une preuve DPoP RS256 vérifiée par l'émulateur avec la clé publique", async () => {
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 1024 });
    const autre = generateKeyPairSync("rsa", { modulusLength: 1024 });
    const e = await demarrer({ authentification: { type: "oauth2", clientId: "cfa", clientSecret: SECRET, dpop: { clePublique: publicKey } } });
    const bon = client(e, { authentification: { type: "dpop", urlJeton: e.urlJeton, clientId: "cfa", clientSecret: SECRET, clePrivee: privateKey } });
    expect(await bon.statut()).toEqual({ status: "OK" });
    const pem = autre.privateKey.export({ format: "pem", type: "pkcs8" }).toString();
    const mauvais = client(e, { authentification: { type: "dpop", urlJeton: e.urlJeton, clientId: "cfa", clientSecret: SECRET, clePrivee: pem } });
    await expect(mauvais.statut()).rejects.toMatchObject({ code: "authentification", operation: "jeton" });
    const sansPreuve = client(e, { authentification: { type: "oauth2", urlJeton: e.urlJeton, clientId: "cfa", clientSecret: SECRET } });
    await expect(sansPreuve.statut()).rejects.toBeInstanceOf(ErreurApiConvergence);
  });

  it("envoie une preuve DPoP liée (ath) sur chaque requête quand le jeton est de type DPoP", async () => {
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 1024 });
    const e = await demarrer({ dossiers: [dossierV2], authentification: { type: "oauth2", clientId: "cfa", clientSecret: SECRET, dpop: { clePublique: publicKey, jetonLie: true } } });
    const c = client(e, { authentification: { type: "dpop", urlJeton: e.urlJeton, clientId: "cfa", clientSecret: SECRET, clePrivee: privateKey } });
    expect(await c.statut()).toEqual({ status: "OK" });
    const lu = await c.dossier("AKT-2025-000123");
    expect(lu?.ok).toBe(true);
    expect(e.jetonsEmis).toBe(1);
    const porteur = client(e, { authentification: { type: "oauth2", urlJeton: e.urlJeton, clientId: "cfa", clientSecret: SECRET } });
    await expect(porteur.statut()).rejects.toMatchObject({ code: "authentification" });
  });

  it("réessaie sur 429 (Retry-After) et 500, signale un JSON malformé", async () => {
    const e = await demarrer({ pannes: [{ type: "trop_de_requetes", retryAfter: 0 }, { type: "erreur_serveur" }] });
    const c = client(e);
    expect(await c.statut()).toEqual({ status: "OK" });
    expect(e.statistiques.reponses429).toBe(1);
    expect(e.statistiques.reponses5xx).toBe(1);
    e.ajouterPanne({ type: "json_malforme" });
    await expect(c.statut()).rejects.toMatchObject({ code: "reponse_illisible", operation: "statut" });
    e.ajouterPanne({ type: "erreur_serveur", fois: 5 });
    await expect(c.statut()).rejects.toMatchObject({ code: "http", statut: 500 });
  });

  it("n'appelle pas une capacité absente chez l'OPCO et applique les particularités (objet, 400 introuvable)", async () => {
    const e = await demarrer({ dossiers: [dossierV2], reponseObjet: true, statutIntrouvable: 400 });
    const c = client(e, {
      opco: "afdas",
      comportement: {
        capacites: [{ capacite: "etats_factures", disponible: false, etat: "developpement", prevu: "2026-T2", constateLe: "2026-07-28", source: "test", confiance: "S" }],
        statutsIntrouvable: [400, 404],
        normaliserReponse: (corps, operation) => (operation === "liste_dossiers" && !Array.isArray(corps) ? [corps] : corps),
      },
    });
    const avant = e.statistiques.requetes;
    await expect(c.etatsFactures().next()).rejects.toMatchObject({ code: "non_pris_en_charge", operation: "etats_factures" });
    expect(e.statistiques.requetes).toBe(avant);
    const liste = await c.dossiers(["AKT-2025-000123"]);
    expect(liste[0]?.ok && liste[0].valeur.opco).toBe("afdas");
    expect(await c.dossier("ABSENT")).toBeNull();
    expect(await c.dossiers(["ABSENT"])).toEqual([]);
  });

  it("ne laisse jamais fuir la clé d'API, le secret client ni le jeton dans les erreurs", async () => {
    const e = await demarrer({ authentification: { type: "oauth2", clientId: "cfa", clientSecret: SECRET } });
    const erreurs: unknown[] = [];
    const mauvaisSecret = client(e, { authentification: { type: "oauth2", urlJeton: e.urlJeton, clientId: "cfa", clientSecret: `${SECRET}-faux` } });
    await mauvaisSecret.statut().catch((x: unknown) => erreurs.push(x));
    const mauvaiseCle = client(e, { cleApi: `${CLE}-fausse`, authentification: { type: "oauth2", urlJeton: e.urlJeton, clientId: "cfa", clientSecret: SECRET } });
    await mauvaiseCle.statut().catch((x: unknown) => erreurs.push(x));
    const injoignable = client(e, { baseUrl: "http://127.0.0.1:1", tentatives: 0, authentification: { type: "cle_api" } });
    await injoignable.statut().catch((x: unknown) => erreurs.push(x));
    expect(erreurs).toHaveLength(3);
    expect(erreurs.map((x) => (x as ErreurApiConvergence).code)).toEqual(["authentification", "authentification", "reseau"]);
    for (const erreur of erreurs) {
      const texte = `${String(erreur)} ${inspect(erreur, { depth: 10, showHidden: true })} ${JSON.stringify(erreur)}`;
      expect(texte).not.toContain(SECRET);
      expect(texte).not.toContain(CLE);
      expect(texte).not.toMatch(/Bearer [0-9a-f-]{10}/u);
    }
  });

  it("l'émulateur exige les en-têtes EDITEUR, LOGICIEL et VERSION", async () => {
    const e = await demarrer();
    const reponse = await fetch(`${e.url}/v1/status`, { headers: { "X-API-KEY": CLE } });
    expect(reponse.status).toBe(400);
  });
});
