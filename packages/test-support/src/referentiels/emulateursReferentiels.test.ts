import { afterEach, describe, expect, it } from "vitest";
import type { EmulateurHttp } from "../ServeurEmulateur";
import { CERTIFICATIONS_EMULEES } from "./certificationsEmulees";
import { CLE_EMULATEUR_API_APPRENTISSAGE, demarrerEmulateurApiApprentissage } from "./demarrerEmulateurApiApprentissage";
import { demarrerEmulateurCfaDock } from "./demarrerEmulateurCfaDock";
import { demarrerEmulateurRechercheEntreprises } from "./demarrerEmulateurRechercheEntreprises";
import { demarrerEmulateurReferentielOnisep } from "./demarrerEmulateurReferentielOnisep";
import { CLE_EMULATEUR_SIRO, demarrerEmulateurSiro } from "./demarrerEmulateurSiro";
import { ENTREPRISES_EMULEES } from "./entreprisesEmulees";
import { ORGANISMES_EMULES } from "./organismesEmules";

const ouverts: EmulateurHttp[] = [];
afterEach(async () => {
  await Promise.all(ouverts.splice(0).map((e) => e.arreter()));
});
async function garder(promesse: Promise<EmulateurHttp>): Promise<EmulateurHttp> {
  const emulateur = await promesse;
  ouverts.push(emulateur);
  return emulateur;
}
async function json(reponse: Response): Promise<unknown> {
  return reponse.json() as Promise<unknown>;
}

describe("données embarquées", () => {
  it("extrait réel de 35 organismes, employeurs dérivés, 4 fiches RNCP", () => {
    expect(ORGANISMES_EMULES).toHaveLength(35);
    expect(new Set(ORGANISMES_EMULES.map((o) => o.siret)).size).toBe(35);
    expect(ORGANISMES_EMULES.every((o) => /^\d{14}$/.test(o.siret))).toBe(true);
    expect(ENTREPRISES_EMULEES.map((e) => e.siret)).toEqual(ORGANISMES_EMULES.map((o) => o.siret));
    expect(CERTIFICATIONS_EMULEES.map((c) => c.identifiant.rncp)).toEqual(["RNCP509", "RNCP28155", "RNCP30271", "RNCP19468"]);
  });
});

describe("émulateur API Apprentissage", () => {
  it("exige le Bearer avec les messages 401 du serveur, sauf pour le healthcheck", async () => {
    const e = await garder(demarrerEmulateurApiApprentissage());
    expect((await fetch(`${e.url}/api/healthcheck`)).status).toBe(200);
    const sans = await fetch(`${e.url}/api/certification/v1?identifiant.rncp=RNCP509`);
    expect(sans.status).toBe(401);
    expect(await json(sans)).toMatchObject({ message: "Le header Authorization doit être de la forme 'Bearer <token>'" });
    const faux = await fetch(`${e.url}/api/certification/v1`, { headers: { authorization: "Bearer autre" } });
    expect(await json(faux)).toMatchObject({ message: "Impossible de déchiffrer la clé d'API" });
    const ok = await fetch(`${e.url}/api/certification/v1?identifiant.cfd=null`, {
      headers: { authorization: `bearer ${CLE_EMULATEUR_API_APPRENTISSAGE}` },
    });
    expect(((await json(ok)) as unknown[]).length).toBe(4);
    expect(e.statistiques.refusAuthentification).toBe(2);
  });

  it("valide la pagination de l'export (page_size 1..1000) et renvoie 400 sinon", async () => {
    const e = await garder(demarrerEmulateurApiApprentissage());
    const entetes = { authorization: `Bearer ${CLE_EMULATEUR_API_APPRENTISSAGE}` };
    const page = (await json(await fetch(`${e.url}/api/organisme/v1/export?page_size=20&page_index=1`, { headers: entetes }))) as {
      data: unknown[];
      pagination: unknown;
    };
    expect(page.data).toHaveLength(15);
    expect(page.pagination).toEqual({ page_count: 2, page_size: 20, page_index: 1 });
    expect((await fetch(`${e.url}/api/organisme/v1/export?page_size=1001`, { headers: entetes })).status).toBe(400);
  });
});

describe("émulateurs ONISEP, CFA Dock, SIRO, Recherche d'entreprises", () => {
  it("ONISEP : 404 « Siret inconnu » et total de pagination", async () => {
    const e = await garder(demarrerEmulateurReferentielOnisep());
    expect(await json(await fetch(`${e.url}/api/v1/organismes/35600000009075`))).toMatchObject({ message: "Siret inconnu" });
    const page = (await json(await fetch(`${e.url}/api/v1/organismes?page=2&items_par_page=10`))) as { pagination: unknown };
    expect(page.pagination).toEqual({ page: 2, resultats_par_page: 10, nombre_de_page: 4, total: 35 });
  });

  it("CFA Dock : refuse un lot de plus de 100 SIRET", async () => {
    const e = await garder(demarrerEmulateurCfaDock());
    const lot = Array.from({ length: 101 }, () => ({ siret: "35600000009075" }));
    const reponse = await fetch(`${e.url}/api/opcos`, { method: "POST", body: JSON.stringify(lot) });
    expect(reponse.status).toBe(400);
  });

  it("SIRO : 401 sans X-Gravitee-Api-Key, code 99 pour un SIRET inconnu", async () => {
    const e = await garder(demarrerEmulateurSiro());
    expect((await fetch(`${e.url}/siro/v1/public/35600000009075`)).status).toBe(401);
    const inconnu = await fetch(`${e.url}/siro/v1/public/35600000009075`, { headers: { "x-gravitee-api-key": CLE_EMULATEUR_SIRO } });
    expect(await json(inconnu)).toEqual({ code: "99", siret: "35600000009075" });
  });

  it("Recherche d'entreprises : 400 sur per_page > 25, unité légale regroupant ses établissements", async () => {
    const e = await garder(demarrerEmulateurRechercheEntreprises());
    expect((await fetch(`${e.url}/search?q=778715219&per_page=26`)).status).toBe(400);
    const siren = ENTREPRISES_EMULEES[0]?.siret.slice(0, 9) ?? "";
    const attendus = ENTREPRISES_EMULEES.filter((x) => x.siret.startsWith(siren)).length;
    const r = (await json(await fetch(`${e.url}/search?q=${siren}`))) as { results: { nombre_etablissements: number }[] };
    expect(r.results[0]?.nombre_etablissements).toBe(attendus);
  });
});
