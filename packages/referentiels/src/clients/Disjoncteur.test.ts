import { CLE_EMULATEUR_SIRO, ENTREPRISES_EMULEES, demarrerEmulateurSiro, type EmulateurHttp } from "@communs-opco/test-support";
import { afterEach, describe, expect, it } from "vitest";
import type { CoupureSource } from "./Disjoncteur";
import { ErreurHttp } from "./ErreurHttp";
import { ErreurReferentiel } from "./ErreurReferentiel";
import { ErreurSourceCoupee } from "./ErreurSourceCoupee";
import { creerClientSiro } from "./siro/creerClientSiro";

const emulateurs: EmulateurHttp[] = [];
afterEach(async () => {
  await Promise.all(emulateurs.splice(0).map((e) => e.arreter()));
});
const SIRET = ENTREPRISES_EMULEES.find((e) => e.opco !== null)?.siret ?? "";

async function rejet(promesse: Promise<unknown>): Promise<ErreurReferentiel> {
  try {
    await promesse;
  } catch (erreur) {
    if (erreur instanceof ErreurReferentiel) return erreur;
    throw erreur;
  }
  throw new Error("la promesse aurait dû échouer");
}

describe("disjoncteur par source (creerClientHttp)", () => {
  it("après N échecs consécutifs, échoue aussitôt sans requête pendant la coupure, signalée une seule fois ; un essai après la coupure la referme", async () => {
    const emulateur = await demarrerEmulateurSiro({ pannes: [{ type: "erreur_serveur", fois: 3 }] });
    emulateurs.push(emulateur);
    let maintenant = 1_000_000;
    const coupures: CoupureSource[] = [];
    const client = creerClientSiro({
      urlBase: `${emulateur.url}/siro/v1`, cleApi: CLE_EMULATEUR_SIRO, requetesParSeconde: 1000, tentatives: 0,
      seuilCoupure: 2, dureeCoupureMs: 30_000, horloge: () => maintenant, surCoupure: (c) => coupures.push(c),
    });
    expect(await rejet(client.opcoParSiret(SIRET))).toBeInstanceOf(ErreurHttp);
    expect(await rejet(client.opcoParSiret(SIRET))).toBeInstanceOf(ErreurHttp);
    // coupée : 10 appels, aucune requête HTTP
    for (let i = 0; i < 10; i++) {
      const e = await rejet(client.opcoParSiret(SIRET));
      expect(e).toBeInstanceOf(ErreurSourceCoupee);
      expect(e.message).toBe(`SIRO (France compétences) : source coupée après 2 échecs consécutifs, appel GET ${e.url} non tenté`);
    }
    expect(emulateur.statistiques.requetes).toBe(2);
    expect(coupures).toEqual([{ api: "SIRO (France compétences)", echecs: 2, dureeMs: 30_000, raison: expect.stringContaining("HTTP 500") }]);
    // 1 ms avant la fin de la coupure : toujours coupée
    maintenant += 29_999;
    expect(await rejet(client.opcoParSiret(SIRET))).toBeInstanceOf(ErreurSourceCoupee);
    // fin de la coupure : un essai passe, échoue (3e panne) et rouvre la coupure, sans nouveau signalement
    maintenant += 1;
    expect(await rejet(client.opcoParSiret(SIRET))).toBeInstanceOf(ErreurHttp);
    expect(await rejet(client.opcoParSiret(SIRET))).toBeInstanceOf(ErreurSourceCoupee);
    expect(emulateur.statistiques.requetes).toBe(3);
    expect(coupures).toHaveLength(1);
    // nouvel essai : la source répond, le disjoncteur se referme
    maintenant += 30_000;
    expect((await client.opcoParSiret(SIRET)).code).toBe("01");
    expect((await client.opcoParSiret("35600000009075")).code).toBe("99");
    expect(emulateur.statistiques.requetes).toBe(5);
  });

  it("une réponse 4xx (clé inconnue, refus) n'est pas un échec de la source : pas de coupure", async () => {
    const emulateur = await demarrerEmulateurSiro({ pannes: [{ type: "erreur_serveur", statut: 404, fois: 5 }] });
    emulateurs.push(emulateur);
    const client = creerClientSiro({ urlBase: `${emulateur.url}/siro/v1`, cleApi: CLE_EMULATEUR_SIRO, requetesParSeconde: 1000, tentatives: 0, seuilCoupure: 2 });
    for (let i = 0; i < 5; i++) expect(await rejet(client.opcoParSiret(SIRET))).toBeInstanceOf(ErreurHttp);
    expect((await client.opcoParSiret(SIRET)).code).toBe("01");
  });
});

describe("Retry-After et identifiants d'URL", () => {
  it("Retry-After illisible : attente par défaut (delaiReprise), jamais le plafond attenteMaxMs", async () => {
    const emulateur = await demarrerEmulateurSiro({ pannes: [{ type: "trop_de_requetes", retryAfter: "bientôt" }] });
    emulateurs.push(emulateur);
    const reprises: number[] = [];
    // plafond d'une heure : l'atteindre ferait échouer le test (délai de vitest) ; la reprise par défaut vaut 1 ms
    const client = creerClientSiro({ urlBase: `${emulateur.url}/siro/v1`, cleApi: CLE_EMULATEUR_SIRO, requetesParSeconde: 1000, attenteMaxMs: 3_600_000, delaiReprise: (n) => (reprises.push(n), 1) });
    expect((await client.opcoParSiret(SIRET)).code).toBe("01");
    expect(reprises).toEqual([1]);
    expect(emulateur.statistiques.journal.map((l) => l.statut)).toEqual([429, 200]);
  });

  it("identifiants écrits dans l'URL de base : envoyés en authentification Basic, absents de toute erreur", async () => {
    const emulateur = await demarrerEmulateurSiro({ pannes: [{ type: "erreur_serveur", fois: 2 }] });
    emulateurs.push(emulateur);
    const url = new URL(emulateur.url);
    const client = creerClientSiro({ urlBase: `http://jean:mot-de-passe-secret@${url.host}/siro/v1`, cleApi: CLE_EMULATEUR_SIRO, requetesParSeconde: 1000, tentatives: 0 });
    const e = await rejet(client.opcoParSiret(SIRET));
    for (const forme of [e.message, String(e), JSON.stringify(e), e.url]) {
      expect(forme).not.toContain("mot-de-passe-secret");
      expect(forme).not.toContain("jean");
    }
    expect(e.url).toBe(`http://${url.host}/siro/v1/public/${SIRET}`);
    const ferme = creerClientSiro({ urlBase: "http://jean:mot-de-passe-secret@127.0.0.1:9/siro/v1", cleApi: CLE_EMULATEUR_SIRO, tentatives: 0 });
    const reseau = await rejet(ferme.opcoParSiret(SIRET));
    expect(JSON.stringify(reseau)).not.toContain("mot-de-passe-secret");
  });
});
