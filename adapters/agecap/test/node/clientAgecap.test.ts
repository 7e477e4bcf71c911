import { readFileSync } from "node:fs";
import { inspect } from "node:util";
import { collecterLecture } from "@communs-opco/adaptateur";
import { ErreurDelai, ErreurHttp, ErreurReseau } from "@communs-opco/referentiels";
import { demarrerEmulateurAgecap, genererCertificatsTest, type EmulateurAgecap } from "@communs-opco/test-support";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { creerClientAgecap } from "../../client/index.js";
import { lireAgecap } from "../../src/index.js";
import { lireFixture } from "./lireFixture.js";

const MOT_DE_PASSE = "mot-de-passe-agecap-secret";
let certificats: ReturnType<typeof genererCertificatsTest>;
beforeAll(() => {
  certificats = genererCertificatsTest("mdp-p12-secret");
}, 60_000);

const demarres: EmulateurAgecap[] = [];
afterEach(async () => {
  for (const e of demarres.splice(0)) await e.arreter();
});

async function demarrer(options: Partial<Parameters<typeof demarrerEmulateurAgecap>[0]> = {}) {
  const e = await demarrerEmulateurAgecap({ certificats, identifiant: "celia", motDePasse: MOT_DE_PASSE, ...options });
  demarres.push(e);
  return e;
}

const client = (e: EmulateurAgecap, options: Partial<Parameters<typeof creerClientAgecap>[0]> = {}) =>
  creerClientAgecap({
    urlBase: e.url, identifiant: "celia", motDePasse: MOT_DE_PASSE,
    certificat: { p12: certificats.client.p12, motDePasse: certificats.client.motDePasse, autoriteServeur: certificats.ca },
    attenteMaxMs: 0, pauseTentativeMs: 0, ...options,
  });

async function dossierFixture() {
  const bilan = await collecterLecture(lireAgecap(lireFixture("contrat-agecap.json")));
  return bilan.enregistrements[0]!.valeur;
}

describe("client de transport AGECAP (TLS mutuel) contre l'émulateur", () => {
  it("s'authentifie, transmet le contrat (téléphones au format national) et joint la convention PDF", async () => {
    const e = await demarrer();
    const c = client(e);
    const dossier = await dossierFixture();
    expect(dossier.contrat?.employeur?.telephone).toBe("+33477000000");
    const { id } = await c.transmettreContrat(dossier);
    expect(id).toBe("T000000001");
    expect(e.jetonsEmis).toBe(1);
    const recu = e.contrats.get(id) as { employeur: { telephone: string }; alternant: { telephone: string } };
    expect([recu.employeur.telephone, recu.alternant.telephone]).toEqual(["0477000000", "0600000002"]);
    const pdf = new Uint8Array(readFileSync(new URL("../../../cerfa-pdf/data/cerfa_10103-12_modif.pdf", import.meta.url)));
    await c.joindrePiece(id, "convention-1", { type: "1", nomFichier: "convention.pdf", octets: pdf });
    expect(e.piecesJointes).toHaveLength(1);
    expect(e.piecesJointes[0]).toMatchObject({ idContrat: id, idDocument: "convention-1", type: "1", nomFichier: "convention.pdf" });
    expect(Buffer.from(e.piecesJointes[0]!.octets).equals(Buffer.from(pdf))).toBe(true);
    expect(e.jetonsEmis).toBe(1);
  });

  it("refuse la poignée de main sans certificat client reconnu, sans citer les secrets", async () => {
    const e = await demarrer();
    const intrus = client(e, { certificat: { p12: certificats.clientInconnu.p12, motDePasse: certificats.clientInconnu.motDePasse, autoriteServeur: certificats.ca }, tentatives: 0 });
    const erreur = await intrus.authentifier().catch((x: unknown) => x);
    expect(erreur).toBeInstanceOf(ErreurReseau);
    expect(e.jetonsEmis).toBe(0);
    expect(() => client(e, { certificat: { p12: certificats.client.p12, motDePasse: "faux" } })).toThrow(/P12 invalide ou mot de passe incorrect/u);
    const mauvais = client(e, { motDePasse: `${MOT_DE_PASSE}-faux`, tentatives: 0 });
    const refus = await mauvais.authentifier().catch((x: unknown) => x);
    expect(refus).toBeInstanceOf(ErreurHttp);
    expect((refus as ErreurHttp).statut).toBe(401);
    for (const x of [erreur, refus]) {
      const texte = `${String(x)} ${inspect(x, { depth: 10 })} ${JSON.stringify(x)}`;
      expect(texte).not.toContain(MOT_DE_PASSE);
      expect(texte).not.toContain("mdp-p12-secret");
    }
  });

  it("réessaie sur 429 (Retry-After) et 503, ne rejoue pas un dépôt sur 500, redemande le jeton après expiration", async () => {
    let maintenant = Date.UTC(2026, 0, 5);
    const e = await demarrer({ horloge: () => maintenant, dureeJetonMs: 60_000, pannes: [{ type: "trop_de_requetes", retryAfter: 0, route: "/contrats" }, { type: "erreur_serveur", statut: 503, route: "/contrats" }] });
    const c = client(e);
    const dossier = await dossierFixture();
    await c.transmettreContrat(dossier);
    expect(e.statistiques.reponses429).toBe(1);
    expect(e.contrats.size).toBe(1);
    e.ajouterPanne({ type: "erreur_serveur", route: "/contrats" });
    await expect(c.transmettreContrat(dossier)).rejects.toMatchObject({ statut: 500 });
    expect(e.contrats.size).toBe(1);
    maintenant += 120_000;
    await c.transmettreContrat(dossier);
    expect(e.jetonsEmis).toBe(2);
    expect(e.contrats.size).toBe(2);
  });

  it("signale un téléphone refusé, un PDF invalide et un délai dépassé", async () => {
    const e = await demarrer();
    const c = client(e, { delaiMs: 300 });
    const dossier = await dossierFixture();
    const international = { ...dossier, contrat: { ...dossier.contrat, employeur: { ...dossier.contrat?.employeur, telephone: "+3225551234" } } };
    const { id } = await c.transmettreContrat(international);
    expect((e.contrats.get(id) as { employeur: { telephone: string } }).employeur.telephone).toBe("003225551234");
    await expect(c.joindrePiece(id, "d2", { type: "2", nomFichier: "x.pdf", octets: new TextEncoder().encode("pas un pdf") })).rejects.toMatchObject({ statut: 400 });
    e.ajouterPanne({ type: "blocage", route: "/contrats" });
    await expect(c.transmettreContrat(dossier)).rejects.toBeInstanceOf(ErreurDelai);
  });
});
