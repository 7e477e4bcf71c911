import { demarrerServeurEmulateur, type EmulateurHttp } from "@communs-opco/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appelerService, lireJsonService } from "./appelerService";
import { ClientServiceCerfa } from "./ClientServiceCerfa";
import { ErreurService } from "./ErreurService";

let emulateur: EmulateurHttp;

beforeAll(async () => {
  emulateur = await demarrerServeurEmulateur({
    routes: [
      { methode: "GET", motif: "/v1/offres", gerer: () => ({ statut: 200, corps: { offres: [], total: 0, page: 1, parPage: 10 } }) },
      {
        methode: "POST",
        motif: "/v1/formulaire/completer",
        gerer: (r) =>
          (r.corps as { siret?: string }).siret === "1"
            ? { statut: 422, corps: { type: "about:blank", title: "Demande invalide", status: 422, detail: "siret : 14 chiffres attendus" }, entetes: { "content-type": "application/problem+json" } }
            : { statut: 200, corps: { date: "2026-11-26", brouillon: {}, consultations: [] } },
      },
    ],
  });
});

afterAll(() => emulateur.arreter());

async function erreur(promesse: Promise<unknown>): Promise<ErreurService> {
  try {
    await promesse;
  } catch (e) {
    if (e instanceof ErreurService) return e;
    throw e;
  }
  throw new Error("aucune erreur levée");
}

const appel = async (delaiMs?: number) => lireJsonService(await appelerService(`${emulateur.url}/v1/offres`, {}, "la recherche des offres", delaiMs), "la recherche des offres");

describe("appelerService contre un serveur local (pannes comprises)", () => {
  it("réponse normale, problème RFC 9457 rendu en français", async () => {
    expect(await appel()).toEqual({ offres: [], total: 0, page: 1, parPage: 10 });
    const client = new ClientServiceCerfa(`${emulateur.url}/`);
    expect((await client.completer({ siret: "80123456700015" }, "2026-11-26")).date).toBe("2026-11-26");
    const e = await erreur(client.completer({ siret: "1" }));
    expect([e.statut, e.message]).toEqual([422, "Échec de l'autocomplétion (statut 422) : Demande invalide : siret : 14 chiffres attendus"]);
  });

  it("429 avec Retry-After, 5xx, JSON malformé, coupure, service muet", async () => {
    emulateur.ajouterPanne({ type: "trop_de_requetes", retryAfter: 7 });
    expect((await erreur(appel())).message).toBe("Échec de la recherche des offres (statut 429). Réessayer dans 7 s.");
    emulateur.ajouterPanne({ type: "erreur_serveur", statut: 503 });
    expect((await erreur(appel())).message).toMatch(/^Échec de la recherche des offres \(statut 503\)/);
    emulateur.ajouterPanne({ type: "json_malforme" });
    expect((await erreur(appel())).message).toBe("Réponse illisible du service pendant la recherche des offres.");
    emulateur.ajouterPanne({ type: "coupure" });
    expect((await erreur(appel())).message).toBe("Service injoignable pendant la recherche des offres : vérifier l'adresse du service et la connexion.");
    // Blocage : en-têtes envoyés puis plus rien ; le délai (court ici) coupe la lecture du corps.
    emulateur.ajouterPanne({ type: "blocage" });
    expect((await erreur(appel(300))).message).toBe("Réponse du service interrompue (délai dépassé) pendant la recherche des offres.");
    expect(await appel()).toEqual({ offres: [], total: 0, page: 1, parPage: 10 });
  });

  it("adresse injoignable", async () => {
    expect((await erreur(appelerService("http://127.0.0.1:9/v1/offres", {}, "la recherche des offres"))).statut).toBe(0);
  });
});
