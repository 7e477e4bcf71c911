import { inspect } from "node:util";
import { CLE_EMULATEUR_SIRO, ENTREPRISES_EMULEES, demarrerEmulateurSiro, type EmulateurHttp, type OptionsEmulateurSiro } from "@communs-opco/test-support";
import { afterEach, describe, expect, it } from "vitest";
import { CacheMemoireLru } from "./CacheMemoireLru";
import { ErreurAnnulation } from "./ErreurAnnulation";
import { ErreurDelai } from "./ErreurDelai";
import { ErreurHttp } from "./ErreurHttp";
import { ErreurReferentiel } from "./ErreurReferentiel";
import { ErreurReseau } from "./ErreurReseau";
import { ErreurSchema } from "./ErreurSchema";
import { creerClientSiro, type ConfigurationClientSiro } from "./siro/creerClientSiro";

const JETON = "jeton-porteur-tres-secret-0123456789";
const emulateurs: EmulateurHttp[] = [];
const erreursObservees: unknown[] = [];

afterEach(async () => {
  await Promise.all(emulateurs.splice(0).map((emulateur) => emulateur.arreter()));
});

const rattache = ENTREPRISES_EMULEES.find((entreprise) => entreprise.opco !== null);
if (rattache === undefined) throw new Error("extrait sans employeur rattaché");
const SIRET = rattache.siret;

async function preparer(
  optionsEmulateur: OptionsEmulateurSiro = {},
  optionsClient: Partial<ConfigurationClientSiro> = {},
): Promise<{ emulateur: EmulateurHttp; client: ReturnType<typeof creerClientSiro> }> {
  const emulateur = await demarrerEmulateurSiro(optionsEmulateur);
  emulateurs.push(emulateur);
  const client = creerClientSiro({
    urlBase: `${emulateur.url}/siro/v1`,
    cleApi: CLE_EMULATEUR_SIRO,
    jeton: JETON,
    requetesParSeconde: 1000,
    delaiReprise: () => 5,
    ...optionsClient,
  });
  return { emulateur, client };
}

async function echec(promesse: Promise<unknown>): Promise<unknown> {
  try {
    await promesse;
  } catch (erreur) {
    erreursObservees.push(erreur);
    return erreur;
  }
  throw new Error("la promesse aurait dû échouer");
}

describe("creerClientHttp (via le client SIRO et son émulateur)", () => {
  it("valide les réponses 01 et 99", async () => {
    const { client, emulateur } = await preparer();
    const trouve = await client.opcoParSiret(SIRET);
    expect(trouve).toMatchObject({ code: "01", siret: SIRET, idcc: "1516", opcoRattachement: { nom: "AKTO" } });
    expect(await client.opcoParSiret("35600000009075")).toEqual({ code: "99", siret: "35600000009075" });
    expect(emulateur.statistiques.requetes).toBe(2);
  });

  it("rejoue après deux 500 puis réussit ; échoue après épuisement des tentatives", async () => {
    const { client, emulateur } = await preparer({ pannes: [{ type: "erreur_serveur", fois: 2 }] });
    expect((await client.opcoParSiret(SIRET)).code).toBe("01");
    expect(emulateur.statistiques.requetes).toBe(3);
    expect(client.http.statistiques).toMatchObject({ requetesHttp: 3, reprises: 2 });

    emulateur.reinitialiser();
    emulateur.ajouterPanne({ type: "erreur_serveur", statut: 503, fois: 3 });
    const erreur = await echec(client.opcoParSiret(SIRET));
    expect(erreur).toBeInstanceOf(ErreurHttp);
    expect((erreur as ErreurHttp).statut).toBe(503);
    expect(emulateur.statistiques.requetes).toBe(3);
  });

  it("ne rejoue pas une erreur 4xx autre que 408/413/429", async () => {
    const { client, emulateur } = await preparer({}, { cleApi: "mauvaise-cle-secrete" });
    const erreur = await echec(client.opcoParSiret(SIRET));
    expect(erreur).toBeInstanceOf(ErreurHttp);
    expect((erreur as ErreurHttp).statut).toBe(401);
    expect(emulateur.statistiques.requetes).toBe(1);
    expect(String(erreur)).not.toContain("mauvaise-cle-secrete");
  });

  it("honore Retry-After sur un 429", async () => {
    const { client, emulateur } = await preparer({ pannes: [{ type: "trop_de_requetes", retryAfter: 0.3 }] });
    expect((await client.opcoParSiret(SIRET)).code).toBe("01");
    const [premiere, seconde] = emulateur.statistiques.journal;
    expect(premiere?.statut).toBe(429);
    expect(seconde?.statut).toBe(200);
    expect((seconde?.recueA ?? 0) - (premiere?.recueA ?? 0)).toBeGreaterThanOrEqual(290);
  });

  it("plafonne l'attente d'un Retry-After à attenteMaxMs puis rend l'ErreurHttp 429", async () => {
    const { client, emulateur } = await preparer(
      { pannes: [{ type: "trop_de_requetes", retryAfter: 120, fois: 3 }] },
      { attenteMaxMs: 50, tentatives: 1 },
    );
    const debut = performance.now();
    const erreur = await echec(client.opcoParSiret(SIRET));
    expect(performance.now() - debut).toBeLessThan(60_000);
    expect(erreur).toBeInstanceOf(ErreurHttp);
    expect((erreur as ErreurHttp).statut).toBe(429);
    expect((erreur as ErreurHttp).retryAfter).toBe("120");
    const [premiere, seconde] = emulateur.statistiques.journal;
    expect(emulateur.statistiques.requetes).toBe(2);
    expect((seconde?.recueA ?? 0) - (premiere?.recueA ?? 0)).toBeGreaterThanOrEqual(49);
  });

  it("espace les départs selon requetesParSeconde et borne la concurrence", async () => {
    const departs: number[] = [];
    const { client, emulateur } = await preparer(
      { latenceMs: 15 },
      {
        requetesParSeconde: 40,
        concurrence: 2,
        fetch: (entree, init) => {
          departs.push(performance.now());
          return globalThis.fetch(entree, init);
        },
      },
    );
    const sirets = ENTREPRISES_EMULEES.slice(0, 8).map((entreprise) => entreprise.siret);
    const debut = performance.now();
    await Promise.all(sirets.map((siret) => client.opcoParSiret(siret)));
    expect(departs).toHaveLength(8);
    // 1000 / 40 = 25 ms entre deux départs : le i-ème départ n'a pas lieu avant debut + i × 25 ms
    // (tolérance de 1 ms sur l'arrondi des minuteries)
    departs.forEach((depart, i) => expect(depart - debut).toBeGreaterThanOrEqual(i * 25 - 1));
    expect(emulateur.statistiques.requetes).toBe(8);
    expect(emulateur.statistiques.concurrenceMax).toBeLessThanOrEqual(2);
  });

  it("n'envoie qu'une requête pour des appels identiques simultanés", async () => {
    const { client, emulateur } = await preparer({ latenceMs: 20 });
    const reponses = await Promise.all(Array.from({ length: 5 }, () => client.opcoParSiret(SIRET)));
    expect(new Set(reponses.map((reponse) => JSON.stringify(reponse))).size).toBe(1);
    expect(emulateur.statistiques.requetes).toBe(1);
    expect(client.http.statistiques.dedupliquees).toBe(4);
  });

  it("sert le cache pendant sa durée de vie (horloge injectée) puis interroge à nouveau", async () => {
    let maintenant = 1_000;
    const cache = new CacheMemoireLru({ capacite: 10, horloge: () => maintenant });
    const { client, emulateur } = await preparer({}, { cache, dureeCacheMs: 60_000 });
    await client.opcoParSiret(SIRET);
    maintenant += 59_999;
    await client.opcoParSiret(SIRET);
    expect(emulateur.statistiques.requetes).toBe(1);
    expect(client.http.statistiques.depuisCache).toBe(1);
    maintenant += 1;
    await client.opcoParSiret(SIRET);
    expect(emulateur.statistiques.requetes).toBe(2);
    expect(cache.taille).toBe(1);
  });

  it("annule sur AbortSignal, sans interrompre un autre appelant de la même requête", async () => {
    const { client, emulateur } = await preparer({ pannes: [{ type: "latence", ms: 1000 }] });
    const controleur = new AbortController();
    const annule = client.opcoParSiret(SIRET, { signal: controleur.signal });
    const autre = client.opcoParSiret(SIRET);
    setTimeout(() => controleur.abort(), 20);
    expect(await echec(annule)).toBeInstanceOf(ErreurAnnulation);
    expect((await autre).code).toBe("01");
    expect(emulateur.statistiques.requetes).toBe(1);

    const dejaAnnule = AbortSignal.abort();
    expect(await echec(client.opcoParSiret(SIRET, { signal: dejaAnnule }))).toBeInstanceOf(ErreurAnnulation);
    expect(emulateur.statistiques.requetes).toBe(1);
  });

  it("annule l'attente d'une place de débit", async () => {
    const { client, emulateur } = await preparer({}, { requetesParSeconde: 1 });
    await client.opcoParSiret(SIRET);
    const controleur = new AbortController();
    const enAttente = client.opcoParSiret("35600000009075", { signal: controleur.signal });
    setTimeout(() => controleur.abort(), 20);
    expect(await echec(enAttente)).toBeInstanceOf(ErreurAnnulation);
    expect(emulateur.statistiques.requetes).toBe(1);
  });

  it("lève ErreurDelai quand la réponse tarde ou que le corps se bloque", async () => {
    const { client } = await preparer({ pannes: [{ type: "latence", ms: 400 }] }, { delaiMs: 80 });
    const lente = await echec(client.opcoParSiret(SIRET));
    expect(lente).toBeInstanceOf(ErreurDelai);
    expect((lente as ErreurDelai).delaiMs).toBe(80);

    const bloque = await preparer({ pannes: [{ type: "blocage" }] }, { delaiMs: 80 });
    expect(await echec(bloque.client.opcoParSiret(SIRET))).toBeInstanceOf(ErreurDelai);
  });

  it("lève ErreurSchema (pas ErreurHttp) pour un JSON malformé ou un schéma modifié", async () => {
    const { client } = await preparer({
      pannes: [
        { type: "json_malforme" },
        { type: "reponse", reponse: { statut: 200, corps: { code: "01", siret: SIRET, idcc: 1516, opco: "AKTO" } } },
      ],
    });
    const malforme = await echec(client.opcoParSiret(SIRET));
    expect(malforme).toBeInstanceOf(ErreurSchema);
    expect(malforme).not.toBeInstanceOf(ErreurHttp);
    expect((malforme as ErreurSchema).problemes[0]?.message).toBe("corps JSON illisible");
    const modifie = await echec(client.opcoParSiret(SIRET));
    expect(modifie).toBeInstanceOf(ErreurSchema);
    expect((modifie as ErreurSchema).problemes.map((probleme) => probleme.chemin)).toEqual(
      expect.arrayContaining(["opcoRattachement"]),
    );
    expect((modifie as ErreurSchema)._tag).toBe("ErreurSchema");
  });

  it("lève ErreurReseau sur coupure de connexion (après nouvelles tentatives) ou port fermé", async () => {
    const { client, emulateur } = await preparer({ pannes: [{ type: "coupure", fois: 3 }] });
    const coupure = await echec(client.opcoParSiret(SIRET));
    expect(coupure).toBeInstanceOf(ErreurReseau);
    expect(emulateur.statistiques.requetes).toBe(3);

    const url = emulateur.url;
    await emulateur.arreter();
    emulateurs.splice(emulateurs.indexOf(emulateur), 1);
    const ferme = creerClientSiro({ urlBase: `${url}/siro/v1`, cleApi: CLE_EMULATEUR_SIRO, tentatives: 0 });
    expect(await echec(ferme.opcoParSiret(SIRET))).toBeInstanceOf(ErreurReseau);
  });

  it("ne divulgue jamais la clé ni le jeton (message, String, JSON, pile, inspect)", async () => {
    const { client } = await preparer(
      {
        pannes: [
          { type: "reponse", reponse: { statut: 500, corps: { message: `clé reçue ${CLE_EMULATEUR_SIRO}, Bearer ${JETON}` } } },
          { type: "trop_de_requetes", retryAfter: 999 },
          { type: "reponse", reponse: { statut: 200, corps: { code: "01", cle: CLE_EMULATEUR_SIRO } } },
          { type: "json_malforme" },
          { type: "latence", ms: 3000 },
        ],
      },
      { tentatives: 0, delaiMs: 600 },
    );
    const propres = [];
    for (let i = 0; i < 5; i++) propres.push(await echec(client.opcoParSiret(SIRET)));
    propres.push(await echec(client.opcoParSiret(SIRET, { signal: AbortSignal.abort() })));
    expect(propres.map((erreur) => (erreur as ErreurReferentiel)._tag)).toEqual([
      "ErreurHttp",
      "ErreurHttp",
      "ErreurSchema",
      "ErreurSchema",
      "ErreurDelai",
      "ErreurAnnulation",
    ]);
    expect(JSON.stringify(propres[0])).toContain("***");
    const fuite = creerClientSiro({ urlBase: `http://127.0.0.1:9/siro/v1?token=${JETON}`, cleApi: CLE_EMULATEUR_SIRO, tentatives: 0 });
    propres.push(await echec(fuite.opcoParSiret(SIRET)));
    expect(propres.at(-1)).toBeInstanceOf(ErreurReseau);

    // toutes les erreurs de ce fichier, celles de ce test comprises
    expect(erreursObservees.length).toBeGreaterThanOrEqual(propres.length);
    for (const erreur of erreursObservees) {
      expect(erreur).toBeInstanceOf(ErreurReferentiel);
      const formes = [
        (erreur as Error).message,
        String(erreur),
        JSON.stringify(erreur),
        (erreur as Error).stack ?? "",
        inspect(erreur, { depth: 10 }),
      ];
      for (const forme of formes) {
        expect(forme).not.toContain(CLE_EMULATEUR_SIRO);
        expect(forme).not.toContain(JETON);
      }
    }
  });
});
