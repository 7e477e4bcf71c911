import { inspect } from "node:util";
import {
  CLE_EMULATEUR_API_APPRENTISSAGE,
  ORGANISMES_EMULES,
  demarrerEmulateurApiApprentissage,
  type EmulateurHttp,
} from "@communs-opco/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ErreurHttp } from "../ErreurHttp";
import { ErreurSchema } from "../ErreurSchema";
import { creerClientApiApprentissage, type ClientApiApprentissage } from "./creerClientApiApprentissage";

let emulateur: EmulateurHttp;
let client: ClientApiApprentissage;

beforeAll(async () => {
  emulateur = await demarrerEmulateurApiApprentissage({ latenceMs: 1 });
  client = creerClientApiApprentissage({
    urlBase: `${emulateur.url}/api`,
    cleApi: CLE_EMULATEUR_API_APPRENTISSAGE,
    requetesParSeconde: 1000,
    delaiReprise: () => 5,
  });
});
afterAll(async () => {
  await emulateur.arreter();
});

const responsable = ORGANISMES_EMULES.find((o) => o.nature === "responsable_formateur" && o.uai !== undefined && o.etat_administratif === "actif");
const ferme = ORGANISMES_EMULES.find((o) => o.etat_administratif === "fermé");
if (responsable === undefined || ferme === undefined) throw new Error("extrait incomplet");

describe("creerClientApiApprentissage", () => {
  it("recherche un organisme par SIRET et UAI (résultat retenu) et signale un SIRET fermé ou inconnu", async () => {
    const trouve = await client.rechercherOrganisme({ siret: responsable.siret, uai: responsable.uai ?? "" });
    expect(trouve.metadata).toEqual({ siret: { status: "ok" }, uai: { status: "ok" } });
    expect(trouve.resultat?.organisme.identifiant).toEqual({ siret: responsable.siret, uai: responsable.uai });
    expect(trouve.resultat?.correspondances.siret?.lui_meme).toBe(true);

    const fermeRecherche = await client.rechercherOrganisme({ siret: ferme.siret });
    expect(fermeRecherche.metadata.siret?.status).toBe("fermé");
    const inconnu = await client.rechercherOrganisme({ siret: "35600000009075" });
    expect(inconnu).toEqual({ metadata: { siret: { status: "inconnu" }, uai: null }, resultat: null, candidats: [] });
    await expect(client.rechercherOrganisme({})).rejects.toThrow(TypeError);
  });

  it("exporte tous les organismes page par page (0-based) sans doublon", async () => {
    const pages: number[] = [];
    const sirets = new Set<string>();
    for await (const page of client.exporterOrganismes({ taillePage: 10 })) {
      pages.push(page.length);
      for (const organisme of page) sirets.add(organisme.identifiant.siret);
    }
    expect(pages).toEqual([10, 10, 10, 5]);
    expect(sirets.size).toBe(ORGANISMES_EMULES.length);
  });

  it("filtre les certifications et exige un filtre sauf demande explicite de tout le référentiel", async () => {
    const [cap] = await client.certifications({ rncp: "RNCP509" });
    expect(cap?.type.voie_acces.rncp?.apprentissage).toBe(true);
    expect(cap?.type.enregistrement_rncp).toBe("Enregistrement de droit");
    expect(cap?.continuite.rncp?.map((c) => c.code)).toEqual(["RNCP509", "RNCP38228"]);
    expect(await client.certifications({ rncp: "RNCP99999" })).toEqual([]);
    await expect(client.certifications({})).rejects.toThrow(TypeError);
    expect((await client.certifications({ tout: true })).length).toBe(4);
  });

  it("parcourt les formations, lit une formation par clé (caractère # encodé) et renvoie null sur 404", async () => {
    const publiees = [];
    for await (const page of client.rechercherFormations({ taillePage: 3 })) publiees.push(...page);
    const toutes = [];
    for await (const page of client.rechercherFormations({ inclureArchivees: true })) toutes.push(...page);
    expect(publiees.every((f) => f.statut.catalogue === "publié")).toBe(true);
    expect(toutes.length).toBeGreaterThan(publiees.length);
    const premiere = publiees[0];
    if (premiere === undefined) throw new Error("aucune formation");
    const relue = await client.formation(premiere.identifiant.cle_ministere_educatif);
    expect(relue?.identifiant).toEqual(premiere.identifiant);
    expect(await client.formation("inconnue#L01")).toBeNull();
    const parRncp = [];
    for await (const page of client.rechercherFormations({ rncp: "RNCP509" })) parRncp.push(...page);
    expect(parRncp.every((f) => f.certification.valeur?.identifiant.rncp === "RNCP509")).toBe(true);
  });

  it("cherche les communes par code INSEE ou postal et liste les départements", async () => {
    const adresse = responsable.adresse;
    if (adresse === undefined) throw new Error("adresse attendue");
    const parInsee = await client.communes(adresse.code_insee);
    expect(parInsee.map((c) => c.nom)).toContain(adresse.localite);
    const parPostal = await client.communes(adresse.code_postal);
    expect(parPostal.some((c) => c.code.postaux.includes(adresse.code_postal))).toBe(true);
    const departements = await client.departements();
    expect(departements.some((d) => d.codeInsee === adresse.departement?.code)).toBe(true);
  });

  it("rejette une clé invalide (401) sans la divulguer, et un 400 de validation", async () => {
    const mauvaise = creerClientApiApprentissage({ urlBase: `${emulateur.url}/api`, cleApi: "eyJhbGciOi.mauvaise.cle" });
    const erreur = await mauvaise.certifications({ rncp: "RNCP509" }).catch((e: unknown) => e);
    expect(erreur).toBeInstanceOf(ErreurHttp);
    expect((erreur as ErreurHttp).statut).toBe(401);
    expect((erreur as ErreurHttp).donnees).toMatchObject({ message: "Impossible de déchiffrer la clé d'API" });
    expect((erreur as ErreurHttp).message).toContain("HTTP 401 Unauthorized : Impossible de déchiffrer la clé d'API");
    for (const forme of [String(erreur), JSON.stringify(erreur), inspect(erreur)]) expect(forme).not.toContain("eyJhbGciOi.mauvaise.cle");

    const invalide = await client.communes("2A004").catch((e: unknown) => e);
    expect((invalide as ErreurHttp).statut).toBe(400);
  });

  it("échoue bruyamment si le modèle change (champ renommé)", async () => {
    emulateur.ajouterPanne({
      type: "reponse",
      route: "/api/certification",
      reponse: { statut: 200, corps: [{ identifiants: { rncp: "RNCP509" } }] },
    });
    const erreur = await client.certifications({ rncp: "RNCP28155" }).catch((e: unknown) => e);
    expect(erreur).toBeInstanceOf(ErreurSchema);
    expect((erreur as ErreurSchema).problemes.some((p) => p.chemin === "0.identifiant")).toBe(true);
  });
});
