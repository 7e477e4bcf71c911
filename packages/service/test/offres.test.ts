import { Writable } from "node:stream";
import { creerClientLba, type SaisieOffreLba } from "@communs-opco/lba";
import { schemaOffre } from "@communs-opco/schemas";
import { demarrerEmulateurLba, JETON_EMULATEUR_LBA, type EmulateurLba } from "@communs-opco/test-support";
import pino from "pino";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { creerApplication, type ApplicationService, type ConfigurationOffresLba } from "../src/index";
import { DocumentOpenApi } from "./documentOpenApi";

const HORLOGE_LBA = Date.parse("2026-09-01T10:00:00+02:00");
let emulateur: EmulateurLba;
let doc: DocumentOpenApi;
/** Horloge du service (cache, limite de débit, disjoncteur) : avancée à la main, sans attente réelle. */
let t = Date.parse("2026-09-01T08:00:00Z");
/** Journal du service, capturé : aucun secret ne doit y paraître. */
const lignesJournal: string[] = [];
const journal = pino(
  { level: "info" },
  new Writable({
    write(morceau, _encodage, suite) {
      lignesJournal.push(String(morceau));
      suite();
    },
  }),
);

function saisie(siret: string, rome: string, titre: string, description: string, telephone?: string): SaisieOffreLba {
  return {
    offer: { title: titre, description, rome_codes: [rome], target_diploma: { european: "3" } },
    apply: telephone === undefined ? { url: "https://recrutement.example.fr/postuler" } : { phone: telephone },
    workplace: { siret },
  };
}

function application(lba: Partial<ConfigurationOffresLba> | undefined, environnement: Record<string, string> = {}): ApplicationService {
  return creerApplication({
    referentiels: ["aucun"],
    journal,
    metriquesProcessus: false,
    maintenant: () => t,
    environnement,
    ...(lba === undefined ? {} : { lba: { jeton: JETON_EMULATEUR_LBA, urlBase: `${emulateur.url}/api`, tentatives: 0, ...lba } }),
  });
}

/** Appelle `GET /v1/offres`, vérifie la réponse contre le document OpenAPI et la rend. */
async function offres(service: ApplicationService, requete: string): Promise<{ statut: number; corps: any; entetes: Headers }> {
  const reponse = await service.app.request(`/v1/offres${requete}`);
  const corps = (await reponse.json()) as unknown;
  doc.verifier("GET", "/v1/offres", reponse.status, reponse.headers.get("content-type") ?? "", corps);
  return { statut: reponse.status, corps, entetes: reponse.headers };
}

beforeAll(async () => {
  emulateur = await demarrerEmulateurLba({ latenceMs: 1, horloge: () => HORLOGE_LBA });
  // Offres publiées par l'API de La bonne alternance elle-même (émulée) : 23 chez une entreprise AKTO
  // du Rhône (G1602), 2 chez une boulangerie OPCO EP de Paris (D1102), dont une avec un téléphone.
  const client = creerClientLba({ urlBase: `${emulateur.url}/api`, jeton: JETON_EMULATEUR_LBA, requetesParSeconde: 1000 });
  for (let i = 1; i <= 23; i++) {
    await client.publier(saisie("51234567800019", "G1602", `Apprenti(e) serveur(se) n° ${i}`, `Service en salle au restaurant, poste ${i}. Contact : 06 12 34 56 ${String(i).padStart(2, "0")}.`));
  }
  await client.publier(saisie("80123456700015", "D1102", "Apprenti(e) boulanger(ère)", "Fabrication du pain et des viennoiseries au fournil.", "01 44 55 66 77"));
  await client.publier(saisie("80123456700015", "D1102", "Apprenti(e) pâtissier(ère)", "Pâtisserie fine, entremets et viennoiseries du matin."));
  const sansLba = application(undefined);
  await sansLba.pret;
  doc = await DocumentOpenApi.depuis(sansLba.app);
});

afterAll(async () => {
  await emulateur.arreter();
});

beforeEach(() => {
  emulateur.reinitialiser();
});

describe("GET /v1/offres : recherche, conversion, pagination", () => {
  it("est décrite dans le document OpenAPI (paramètres, PageOffres, 503)", () => {
    const operation = doc.document.paths["/v1/offres"].get;
    expect(operation.parameters.map((p: { name: string }) => p.name).sort()).toEqual(["departement", "latitude", "longitude", "opco", "page", "parPage", "rayon", "rome"]);
    expect(Object.keys(operation.responses).sort()).toEqual(["200", "401", "422", "429", "503"]);
    expect(JSON.stringify(doc.document.components.schemas.PageOffres)).toContain("parPage");
  });

  it("rend une page d'offres au format standard, le total et la page demandée ; coordonnées masquées", async () => {
    const service = application({});
    const r = await offres(service, "?opco=akto&rome=G1602&departement=69&page=2&parPage=10");
    expect(r.statut).toBe(200);
    expect(Object.keys(r.corps)).toEqual(["offres", "total", "page", "parPage"]);
    expect(r.corps).toMatchObject({ total: 23, page: 2, parPage: 10 });
    expect(r.corps.offres).toHaveLength(10);
    for (const offre of r.corps.offres) {
      expect(schemaOffre.safeParse(offre).success).toBe(true);
      expect(offre).toMatchObject({ codesRome: ["G1602"], statut: "active", lieuTravail: { siret: "51234567800019", opco: "akto" } });
      expect(offre.description).toMatch(/Contact : 06 \*\* \*\* \*\* \*\*\./);
    }
    const derniere = await offres(service, "?opco=akto&rome=G1602&departement=69&page=3&parPage=10");
    expect(derniere.corps.offres).toHaveLength(3);
    const auDela = await offres(service, "?opco=akto&rome=G1602&departement=69&page=4&parPage=10");
    expect(auDela.corps).toEqual({ offres: [], total: 23, page: 4, parPage: 10 });
    // Une seule recherche envoyée à La bonne alternance pour les trois pages, avec les critères traduits.
    const envoyees = emulateur.statistiques.journal.map((l) => Object.fromEntries(new URL(l.url, emulateur.url).searchParams));
    expect(envoyees).toEqual([{ romes: "G1602", departements: "69", opco: "AKTO / Opco entreprises et salariés des services à forte intensité de main d'oeuvre" }]);

    const boulangerie = await offres(service, "?opco=opco-ep&rome=D1102");
    expect(boulangerie.corps.total).toBe(2);
    const avecTelephone = boulangerie.corps.offres.find((o: { candidature?: { telephone?: string } }) => o.candidature?.telephone !== undefined);
    expect(avecTelephone.candidature.telephone).toBe("01 ** ** ** **");
    expect(JSON.stringify(boulangerie.corps)).not.toContain("44 55 66 77");
  });

  it("met en cache par critères normalisés (écriture, ordre, doublons), jusqu'à la fin de la durée de vie", async () => {
    const service = application({ dureeCacheMs: 60_000 });
    await offres(service, "?opco=akto&rome=G1602&rome=G1803&departement=69");
    expect(emulateur.statistiques.requetes).toBe(1);
    const memes = ["?opco=AKTO&rome=g1803,G1602,G1602&departement=069", "?departement=69&rome=G1803&rome=G1602&opco=akto&page=2&parPage=5"];
    for (const requete of memes) expect((await offres(service, requete)).statut).toBe(200);
    expect(emulateur.statistiques.requetes).toBe(1);
    expect(service.contexte.offres?.tailleCache).toBe(1);
    t += 60_001;
    await offres(service, "?opco=akto&rome=G1602&rome=G1803&departement=69");
    expect(emulateur.statistiques.requetes).toBe(2);
  });

  it("une seule recherche en vol pour des requêtes identiques simultanées", async () => {
    const service = application({});
    const reponses = await Promise.all(Array.from({ length: 5 }, () => offres(service, "?rome=D1102")));
    expect(reponses.map((r) => r.corps.total)).toEqual([2, 2, 2, 2, 2]);
    expect(emulateur.statistiques.requetes).toBe(1);
  });

  it("paramètres fautifs : 422 en français, sans appeler La bonne alternance", async () => {
    const service = application({});
    const cas: [string, string, string][] = [
      ["?opco=inconnu", "opco", "OPCO inconnu « inconnu »"],
      ["?rome=G16", "rome", "code ROME invalide « G16 »"],
      [`?rome=${Array.from({ length: 21 }, (_, i) => `A${String(1000 + i)}`).join(",")}`, "rome", "au plus 20 codes ROME"],
      ["?departement=100", "departement", "département inconnu « 100 »"],
      ["?rayon=250", "rayon", "le paramètre rayon attend un nombre de 0 à 200"],
      ["?latitude=48.85", "longitude", "latitude et longitude vont ensemble"],
      ["?page=0", "page", "le paramètre page attend un entier de 1 à 1000"],
      ["?parPage=51", "parPage", "le paramètre parPage attend un entier de 1 à 50"],
      ["?parPage=dix", "parPage", "reçu : « dix »"],
    ];
    for (const [requete, parametre, message] of cas) {
      const r = await offres(service, requete);
      expect(r.statut, requete).toBe(422);
      expect(r.entetes.get("content-type")).toContain("application/problem+json");
      expect(r.corps.parametre).toBe(parametre);
      expect(r.corps.detail).toContain(message);
    }
    expect(emulateur.statistiques.requetes).toBe(0);
  });
});

describe("GET /v1/offres : La bonne alternance absente ou en panne → 503 avec la raison, jamais une liste vide", () => {
  it("sans jeton configuré : 503 « Offres non configurées » ; le jeton se lit aussi de l'environnement", async () => {
    const r = await offres(application(undefined), "?rome=D1102");
    expect(r.statut).toBe(503);
    expect(r.corps).toMatchObject({ title: "Offres non configurées", raison: "non_configure" });
    expect(r.corps.detail).toContain("COMMUNS_OPCO_LBA_JETON");
    const parEnvironnement = application(undefined, { COMMUNS_OPCO_LBA_JETON: JETON_EMULATEUR_LBA, COMMUNS_OPCO_LBA_URL: `${emulateur.url}/api/` });
    expect((await offres(parEnvironnement, "?rome=D1102")).corps.total).toBe(2);
  });

  it("429 avec Retry-After : une nouvelle tentative, puis 503 qui reprend l'attente annoncée", async () => {
    const service = application({ tentatives: 1, attenteMaxMs: 20 });
    emulateur.ajouterPanne({ type: "trop_de_requetes", retryAfter: 7, fois: 2 });
    const r = await offres(service, "?rome=G1602");
    expect(r.statut).toBe(503);
    expect(r.corps).toMatchObject({ title: "La bonne alternance indisponible", raison: "debit_source" });
    expect(r.entetes.get("retry-after")).toBe("7");
    expect(emulateur.statistiques.reponses429).toBe(2);
    // Après le 429 : la même recherche aboutit (rien d'échoué n'a été mis en cache).
    expect((await offres(service, "?rome=G1602")).corps.total).toBe(23);
  });

  it("5xx, délai dépassé, réponse malformée ou d'un autre modèle : 503 avec une raison stable", async () => {
    // Délai d'une seconde : seule la panne « blocage » l'atteint ; la recherche d'échauffement ouvre la connexion.
    const service = application({ delaiMs: 1000, requetesParMinute: 600 });
    expect((await offres(service, "?rome=D1102")).statut).toBe(200);
    const pannes = [
      [{ type: "erreur_serveur", statut: 502 }, "erreur_source", "HTTP 502"],
      [{ type: "blocage" }, "delai_source", "n'a pas répondu dans le délai"],
      [{ type: "json_malforme" }, "reponse_illisible", "réponse illisible"],
      [{ type: "reponse", reponse: { statut: 200, corps: { offres: [] } } }, "reponse_illisible", "modèle inattendu"],
      [{ type: "coupure" }, "source_injoignable", "injoignable"],
    ] as const;
    for (const [panne, raison, detail] of pannes) {
      emulateur.ajouterPanne(panne);
      const r = await offres(service, "?rome=M1805");
      expect(r.statut, raison).toBe(503);
      expect(r.corps.raison).toBe(raison);
      expect(r.corps.detail).toContain(detail);
      expect(Number(r.entetes.get("retry-after"))).toBeGreaterThan(0);
    }
    // Cinq échecs consécutifs coupent la source : la sixième recherche n'est pas tentée.
    const avant = emulateur.statistiques.requetes;
    const coupee = await offres(service, "?rome=M1805");
    expect(coupee.corps).toMatchObject({ raison: "source_coupee" });
    expect(emulateur.statistiques.requetes).toBe(avant);
    t += 31_000;
    expect((await offres(service, "?rome=M1805")).statut).toBe(200);
  });

  it("jeton refusé : 503 sans jamais divulguer le jeton (réponse, journal)", async () => {
    const jeton = "eyJhbGciOiJIUzI1NiJ9.jeton-secret-du-service";
    lignesJournal.length = 0;
    const r = await offres(application({ jeton }), "?rome=D1102");
    expect(r.statut).toBe(503);
    expect(r.corps.raison).toBe("jeton_refuse");
    expect(JSON.stringify(r.corps)).not.toContain(jeton);
    expect(lignesJournal.join("")).toContain("offres : La bonne alternance indisponible");
    expect(lignesJournal.join("")).not.toContain(jeton);
  });

  it("débit plafonné vers La bonne alternance : au-delà, 503 avec Retry-After, les recherches en cache restent servies", async () => {
    const service = application({ requetesParMinute: 2 });
    expect((await offres(service, "?rome=D1102")).statut).toBe(200);
    expect((await offres(service, "?rome=G1602")).statut).toBe(200);
    const refus = await offres(service, "?rome=D1104");
    expect(refus.statut).toBe(503);
    expect(refus.corps.raison).toBe("debit_source");
    expect(Number(refus.entetes.get("retry-after"))).toBeGreaterThan(0);
    expect((await offres(service, "?rome=D1102")).statut).toBe(200);
    expect(emulateur.statistiques.requetes).toBe(2);
    t += 60_000;
    expect((await offres(service, "?rome=D1104")).statut).toBe(200);
  });
});
