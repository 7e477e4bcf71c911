import { inspect } from "node:util";
import { ErreurAnnulation, ErreurDelai, ErreurHttp, ErreurSchema } from "@communs-opco/referentiels";
import { demarrerEmulateurLba, JETON_EMULATEUR_LBA, type EmulateurLba } from "@communs-opco/test-support";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { SaisieOffreLba } from "../modeles/schemaOffreLbaEcriture";
import { creerClientLba, type ClientLba } from "./creerClientLba";
import { ErreurOffreInvalide } from "./ErreurOffreInvalide";

const MAINTENANT = Date.parse("2026-09-01T10:00:00+02:00");
let emulateur: EmulateurLba;
let client: ClientLba;
const entetesParChemin: { chemin: string; autorisation: string | null }[] = [];

const fetchEspion: typeof fetch = async (entree, init) => {
  const requete = new Request(entree, init);
  entetesParChemin.push({ chemin: new URL(requete.url).pathname, autorisation: requete.headers.get("authorization") });
  return fetch(requete);
};

function saisie(surcharge: Partial<SaisieOffreLba["offer"]> = {}): SaisieOffreLba {
  return {
    offer: {
      title: "Apprenti(e) boulanger(ère)",
      description: "Fabrication du pain et des viennoiseries au fournil, en équipe de quatre.",
      rome_codes: ["D1102"],
      target_diploma: { european: "3" },
      ...surcharge,
    },
    apply: { email: "recrutement@example.fr" },
    workplace: { siret: "80123456700015" },
  };
}

beforeAll(async () => {
  emulateur = await demarrerEmulateurLba({ latenceMs: 1, horloge: () => MAINTENANT });
  client = creerClientLba({
    urlBase: `${emulateur.url}/api`,
    jeton: JETON_EMULATEUR_LBA,
    requetesParSeconde: 1000,
    delaiReprise: () => 5,
    fetch: fetchEspion,
  });
});
afterAll(async () => {
  await emulateur.arreter();
});
beforeEach(() => {
  emulateur.reinitialiser();
});

describe("creerClientLba : publication et lecture", () => {
  it("publie une offre, la relit avec l'OPCO et l'IDCC dérivés du SIRET, puis la marque pourvue", async () => {
    const id = await client.publier(saisie());
    const offre = await client.offre(id);
    expect(offre?.workplace.domain).toEqual({ idcc: 843, opco: "Opco entreprises de proximité", naf: { code: "10.71C", label: "Boulangerie et boulangerie-pâtisserie" } });
    expect(offre?.offer.status).toBe("Active");
    expect(offre?.contract.type).toEqual(["Apprentissage", "Professionnalisation"]);
    expect(await client.informationsPublication(id)).toEqual({ publishing: { status: "PUBLISHED" } });

    await client.modifier(id, saisie({ status: "Filled" }));
    expect((await client.offre(id))?.offer.status).toBe("Filled");
    expect((await client.informationsPublication(id)).publishing).toMatchObject({ status: "WILL_NOT_BE_PUBLISHED", error: { code: "NOT_ACTIVE" } });
    expect(await client.offre("inconnue")).toBeNull();
  });

  it("refuse avant envoi une offre invalide ou qui porte un OPCO, sans aucune requête", async () => {
    const courte = await client.publier(saisie({ description: "Trop court" })).catch((e: unknown) => e);
    expect(courte).toBeInstanceOf(ErreurOffreInvalide);
    expect((courte as ErreurOffreInvalide).problemes).toEqual([{ chemin: "offer.description", message: "la description doit comporter au moins 30 caractères" }]);
    const avecOpco = { ...saisie(), workplace: { siret: "80123456700015", opco: "AKTO" } } as unknown as SaisieOffreLba;
    expect(await client.publier(avecOpco).catch((e: unknown) => (e as ErreurOffreInvalide).problemes[0]?.chemin)).toBe("workplace");
    const sansCanal = { ...saisie(), apply: {} };
    expect(await client.publier(sansCanal).catch((e: unknown) => (e as ErreurOffreInvalide).problemes[0]?.message)).toBe(
      "au moins un canal de candidature est requis (courriel, téléphone ou URL)",
    );
    const mauvaisSiret = { ...saisie(), workplace: { siret: "80123456700016" } };
    expect(await client.publier(mauvaisSiret).catch((e: unknown) => (e as ErreurOffreInvalide).problemes[0]?.message)).toBe("SIRET invalide (14 chiffres, clé de Luhn)");
    expect(emulateur.statistiques.requetes).toBe(0);
  });
});

describe("creerClientLba : recherche par OPCO, ROME et territoire", () => {
  it("filtre les offres et les recruteurs de l'algorithme par OPCO (slug → libellé LBA), ROME et département", async () => {
    await client.publier(saisie());
    const resultat = await client.rechercher({ opco: "akto", departements: ["69"] });
    expect(resultat.jobs).toEqual([]);
    expect(resultat.recruiters.map((r) => r.workplace.siret).sort()).toEqual(["51234567800019", "69012345600012"]);
    expect(resultat.recruiters.every((r) => r.workplace.domain.opco?.startsWith("AKTO /"))).toBe(true);

    const parRome = await client.rechercher({ romes: ["G1602"] });
    expect(parRome.recruiters.map((r) => r.workplace.siret)).toEqual(["51234567800019"]);
    const ep = await client.rechercher({ opco: "Opco EP", romes: ["D1102"] });
    expect(ep.jobs.length).toBeGreaterThan(0);
    expect(ep.jobs.every((j) => j.workplace.domain.opco === "Opco entreprises de proximité")).toBe(true);
    expect(emulateur.statistiques.journal.at(-1)?.url).toContain("opco=Opco+entreprises+de+proximit%C3%A9");
  });

  it("ne renvoie que les offres actives, diffusées et non expirées", async () => {
    const diffusee = await client.publier(saisie({ title: "Offre diffusée", rome_codes: ["D1104"] }));
    const privee = await client.publier(saisie({ title: "Offre non diffusée", rome_codes: ["D1104"], multicast: false }));
    const expiree = await client.publier(
      saisie({ title: "Offre bientôt expirée", rome_codes: ["D1104"], publication: { creation: "2026-07-01T10:00:00+02:00", expiration: "2026-09-01T10:00:01+02:00" } }),
    );
    const ids = (await client.rechercher({ romes: ["D1104"] })).jobs.map((j) => j.identifier.id);
    expect(ids).toContain(diffusee);
    expect(ids).toContain(expiree);
    expect(ids).not.toContain(privee);
    expect((await client.informationsPublication(privee)).publishing.error?.code).toBe("NOT_MULTICAST");
    const plusTard = await demarrerEmulateurLba({ horloge: () => MAINTENANT + 1000, offres: emulateur.offres() });
    try {
      const client2 = creerClientLba({ urlBase: `${plusTard.url}/api`, jeton: JETON_EMULATEUR_LBA, requetesParSeconde: 1000 });
      const ids2 = (await client2.rechercher({ romes: ["D1104"] })).jobs.map((j) => j.identifier.id);
      expect(ids2).toContain(diffusee);
      expect(ids2).not.toContain(expiree);
    } finally {
      await plusTard.arreter();
    }
  });

  it("cherche autour d'un point (rayon) et trie par distance", async () => {
    // Place Bellecour, 2 km : l'hôtel (≈ 0,1 km) puis la brasserie (≈ 1 km).
    const proche = await client.rechercher({ latitude: 45.7578, longitude: 4.832, rayonKm: 2 });
    expect(proche.recruiters.map((r) => r.workplace.siret)).toEqual(["69012345600012", "51234567800019"]);
    await expect(client.rechercher({ latitude: 45.7 })).rejects.toThrow("latitude et longitude vont ensemble");
    await expect(client.rechercher({ opco: "OPCO inexistant" })).rejects.toThrow("OPCO inconnu");
    await expect(client.rechercher({ romes: ["d1102"] })).rejects.toThrow("code ROME invalide");
  });
});

describe("creerClientLba : export", () => {
  it("télécharge l'export sans envoyer le jeton au stockage et valide chaque élément", async () => {
    await client.publier(saisie());
    entetesParChemin.length = 0;
    const lien = await client.exporter();
    const contenu = await client.telechargerExport(lien);
    expect(contenu.rejets).toEqual([]);
    expect(contenu.offres.filter((o) => o.identifier.partner_label === "recruteurs_lba").length).toBe(4);
    expect(contenu.offres.some((o) => o.identifier.partner_label === "offres_emploi_partenaires")).toBe(true);
    expect(entetesParChemin).toEqual([
      { chemin: "/api/v3/jobs/export", autorisation: `Bearer ${JETON_EMULATEUR_LBA}` },
      { chemin: "/exports/offres.json", autorisation: null },
    ]);
  });

  it("garde la trace des éléments non conformes et masque la signature du lien dans les erreurs", async () => {
    const lien = await client.exporter();
    emulateur.ajouterPanne({ type: "reponse", route: "/exports/", reponse: { statut: 200, corps: [{ identifier: { id: "x" } }] } });
    const contenu = await client.telechargerExport(lien);
    expect(contenu.offres).toEqual([]);
    expect(contenu.rejets.map((r) => r.index)).toEqual([0]);
    const signature = new URL(lien.url).searchParams.get("X-Amz-Signature") ?? "";
    const erreur = await client.telechargerExport({ ...lien, url: lien.url.replace(signature, `${signature}00`) }).catch((e: unknown) => e);
    expect((erreur as ErreurHttp).statut).toBe(403);
    expect(JSON.stringify(erreur)).not.toContain(signature);
  });
});

describe("creerClientLba : pannes", () => {
  it("réessaie après un 429 en honorant Retry-After", async () => {
    emulateur.ajouterPanne({ type: "trop_de_requetes", retryAfter: 1 });
    const resultat = await client.rechercher({ romes: ["G1703"] });
    expect(resultat.recruiters).toHaveLength(1);
    expect(emulateur.statistiques.reponses429).toBe(1);
    const [premiere, seconde] = emulateur.statistiques.journal;
    expect((seconde?.recueA ?? 0) - (premiere?.recueA ?? 0)).toBeGreaterThanOrEqual(900);
  });

  it("réessaie les 500 des lectures, abandonne après les tentatives, ne rejoue jamais une publication", async () => {
    emulateur.ajouterPanne({ type: "erreur_serveur", fois: 2 });
    expect((await client.rechercher({})).recruiters.length).toBe(4);
    emulateur.reinitialiser();
    emulateur.ajouterPanne({ type: "erreur_serveur", fois: 3 });
    const epuise = await client.rechercher({}).catch((e: unknown) => e);
    expect(epuise).toBeInstanceOf(ErreurHttp);
    expect((epuise as ErreurHttp).statut).toBe(500);
    expect(emulateur.statistiques.requetes).toBe(3);
    emulateur.reinitialiser();
    emulateur.ajouterPanne({ type: "erreur_serveur", route: "/api/v3/jobs" });
    expect(await client.publier(saisie()).catch((e: unknown) => (e as ErreurHttp).statut)).toBe(500);
    expect(emulateur.statistiques.requetes).toBe(1);
  });

  it("signale un JSON malformé et un changement de modèle par ErreurSchema", async () => {
    emulateur.ajouterPanne({ type: "json_malforme" });
    const malforme = await client.rechercher({}).catch((e: unknown) => e);
    expect(malforme).toBeInstanceOf(ErreurSchema);
    expect((malforme as ErreurSchema).problemes).toEqual([{ chemin: "", message: "corps JSON illisible" }]);
    emulateur.ajouterPanne({ type: "reponse", reponse: { statut: 200, corps: { offres: [], recruteurs: [] } } });
    const modele = await client.rechercher({ romes: ["D1102"] }).catch((e: unknown) => e);
    expect((modele as ErreurSchema).problemes.map((p) => p.chemin)).toEqual(["jobs", "recruiters"]);
  });

  it("échoue en délai dépassé sur un serveur bloqué, et s'annule par AbortSignal", async () => {
    const pressé = creerClientLba({ urlBase: `${emulateur.url}/api`, jeton: JETON_EMULATEUR_LBA, delaiMs: 150, tentatives: 0, requetesParSeconde: 1000 });
    emulateur.ajouterPanne({ type: "blocage" });
    expect(await pressé.rechercher({}).catch((e: unknown) => e)).toBeInstanceOf(ErreurDelai);
    emulateur.ajouterPanne({ type: "latence", ms: 1000 });
    expect(await pressé.rechercher({ romes: ["M1805"] }).catch((e: unknown) => e)).toBeInstanceOf(ErreurDelai);
    emulateur.ajouterPanne({ type: "latence", ms: 1000 });
    const controleur = new AbortController();
    const promesse = client.rechercher({ romes: ["D1104"] }, { signal: controleur.signal });
    controleur.abort();
    expect(await promesse.catch((e: unknown) => e)).toBeInstanceOf(ErreurAnnulation);
  });

  it("rejette un jeton invalide (401) sans jamais le divulguer", async () => {
    const jeton = "eyJhbGciOiJIUzI1NiJ9.jeton-secret-invalide";
    const mauvais = creerClientLba({ urlBase: `${emulateur.url}/api`, jeton, requetesParSeconde: 1000 });
    const erreur = await mauvais.rechercher({}).catch((e: unknown) => e);
    expect(erreur).toBeInstanceOf(ErreurHttp);
    expect((erreur as ErreurHttp).statut).toBe(401);
    expect((erreur as ErreurHttp).messageServeur).toBe("Impossible de déchiffrer la clé d'API");
    for (const forme of [String(erreur), JSON.stringify(erreur), inspect(erreur), (erreur as Error).stack ?? ""]) expect(forme).not.toContain(jeton);
  });
});
