import { readFileSync } from "node:fs";
import { inspect } from "node:util";
import { ErreurDelai, ErreurHttp, ErreurSchema } from "@communs-opco/referentiels";
import { demarrerEmulateurDeca } from "@communs-opco/test-support";
import type { EmulateurHttp } from "@communs-opco/test-support";
import { afterEach, describe, expect, it } from "vitest";
import { creerClientDeca } from "../../client/index.js";

const MOT_DE_PASSE = "mot-de-passe-deca-tres-secret";
const fixture = JSON.parse(readFileSync(new URL("../fixtures/extraction-deca.json", import.meta.url), "utf8")) as { pages: { contrats: Record<string, unknown>[] }[] };
const contrats = fixture.pages.flatMap((p) => p.contrats);

const demarres: EmulateurHttp[] = [];
afterEach(async () => {
  for (const e of demarres.splice(0)) await e.arreter();
});

async function demarrer(options: Parameters<typeof demarrerEmulateurDeca>[0] = {}) {
  const e = await demarrerEmulateurDeca({ identifiant: "tba", motDePasse: MOT_DE_PASSE, contrats, taillePage: 2, ...options });
  demarres.push(e);
  return e;
}

const client = (url: string, options: Partial<Parameters<typeof creerClientDeca>[0]> = {}) =>
  creerClientDeca({ urlBase: url, identifiant: "tba", motDePasse: MOT_DE_PASSE, requetesParSeconde: 1000, delaiReprise: () => 0, attenteMaxMs: 0, ...options });

describe("client de l'API d'extraction DECA contre l'émulateur", () => {
  it("parcourt toutes les pages (metadonnees.totalPages) en HTTP Basic et lit chaque contrat avec l'adaptateur DECA", async () => {
    const e = await demarrer();
    const resultats = [];
    for await (const r of client(e.url).extraire({ dateDebut: "2020-01-01", dateFin: "2026-12-31" })) resultats.push(r);
    expect(resultats).toHaveLength(contrats.length);
    expect(e.statistiques.journal.map((l) => [l.methode, l.url])).toEqual(
      Array.from({ length: Math.ceil(contrats.length / 2) }, () => ["POST", "/contrats/extractTBA"]),
    );
    const premier = resultats[0];
    expect(premier?.ok && premier.valeur.contrat?.employeur?.adresse).toEqual({ numero: "4", voie: "PLACE DU PARC", codePostal: "69003" });
    expect(premier?.ok && premier.valeur.numeroDeca).toBe("069202509000123");
    const erreur = resultats.find((r) => !r.ok);
    if (erreur !== undefined && !erreur.ok) expect(erreur.erreur.source.fichier).toMatch(/^POST contrats\/extractTBA .* page \d+$/u);
  });

  it("envoie { dateDebut, dateFin, page } et filtre la fenêtre ; extractLBA au choix", async () => {
    const autre = { detailsContrat: { noContrat: "075202301NC0001", dateConclusion: "2023-01-10" } };
    const e = await demarrer({ contrats: [contrats[0]!, autre] });
    const pages = [];
    for await (const p of client(e.url, { extraction: "extractLBA" }).pages({ dateDebut: "2025-08-25", dateFin: "2025-08-25" })) pages.push(p);
    expect(pages).toEqual([{ page: 1, totalPages: 1, totalElements: 1, contrats: [expect.objectContaining({ detailsContrat: expect.objectContaining({ noContrat: "069202509000123" }) })] }]);
    expect(e.statistiques.journal[0]?.url).toBe("/contrats/extractLBA");
    await expect(client(e.url).pages({ dateDebut: "2025-09-02", dateFin: "2025-09-01" }).next()).rejects.toBeInstanceOf(RangeError);
    expect(e.statistiques.requetes).toBe(1);
  });

  it("réessaie sur 429 (Retry-After) et 5xx, signale un corps malformé et un délai dépassé", async () => {
    const e = await demarrer({ pannes: [{ type: "trop_de_requetes", retryAfter: 0 }, { type: "erreur_serveur", statut: 503 }] });
    const pages = [];
    for await (const p of client(e.url).pages({ dateDebut: "2020-01-01", dateFin: "2026-12-31" })) pages.push(p);
    expect(pages.length).toBeGreaterThan(1);
    expect(e.statistiques.reponses429).toBe(1);
    expect(e.statistiques.reponses5xx).toBe(1);
    e.ajouterPanne({ type: "json_malforme" });
    await expect(client(e.url).pages({ dateDebut: "2020-01-01", dateFin: "2026-12-31" }).next()).rejects.toBeInstanceOf(ErreurSchema);
    e.ajouterPanne({ type: "reponse", reponse: { statut: 200, corps: { contrats: "pas une liste" } } });
    await expect(client(e.url).pages({ dateDebut: "2020-01-01", dateFin: "2026-12-31" }).next()).rejects.toBeInstanceOf(ErreurSchema);
    e.ajouterPanne({ type: "blocage" });
    await expect(client(e.url, { delaiMs: 150, tentatives: 0 }).pages({ dateDebut: "2020-01-01", dateFin: "2026-12-31" }).next()).rejects.toBeInstanceOf(ErreurDelai);
  });

  it("refuse un mauvais mot de passe (401) sans jamais citer le secret", async () => {
    const e = await demarrer();
    const erreur = await client(e.url, { motDePasse: `${MOT_DE_PASSE}-faux` }).pages({ dateDebut: "2020-01-01", dateFin: "2026-12-31" }).next().catch((x: unknown) => x);
    expect(erreur).toBeInstanceOf(ErreurHttp);
    expect((erreur as ErreurHttp).statut).toBe(401);
    const texte = `${String(erreur)} ${inspect(erreur, { depth: 10 })} ${JSON.stringify(erreur)}`;
    expect(texte).not.toContain(MOT_DE_PASSE);
    expect(texte).not.toContain(Buffer.from(`tba:${MOT_DE_PASSE}-faux`).toString("base64"));
  });
});
