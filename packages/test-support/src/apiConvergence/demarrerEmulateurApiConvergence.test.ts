import { describe, expect, it } from "vitest";
import { demarrerEmulateurApiConvergence } from "./demarrerEmulateurApiConvergence";

const ENTETES = { "X-API-KEY": "cle", EDITEUR: "E", LOGICIEL: "L", VERSION: "1" };

describe("émulateur API Convergence", () => {
  it("délivre un jeton client_credentials, refuse un mauvais secret et un jeton absent", async () => {
    const e = await demarrerEmulateurApiConvergence({ cleApi: "cle", authentification: { type: "oauth2", clientId: "cfa", clientSecret: "s", scope: "api.read api.write" } });
    try {
      const corps = new URLSearchParams({ grant_type: "client_credentials", client_id: "cfa", client_secret: "s", scope: "api.read api.write" });
      const jeton = (await (await fetch(e.urlJeton, { method: "POST", body: corps })).json()) as { access_token: string; expires_in: number };
      expect(jeton.expires_in).toBe(3600);
      const faux = new URLSearchParams({ grant_type: "client_credentials", client_id: "cfa", client_secret: "x", scope: "api.read api.write" });
      expect((await fetch(e.urlJeton, { method: "POST", body: faux })).status).toBe(401);
      expect((await fetch(`${e.url}/v1/status`, { headers: ENTETES })).status).toBe(401);
      const ok = await fetch(`${e.url}/v1/status`, { headers: { ...ENTETES, Authorization: `Bearer ${jeton.access_token}` } });
      expect(ok.status).toBe(200);
      expect(e.jetonsEmis).toBe(1);
    } finally {
      await e.arreter();
    }
  });

  it("pagine les états de factures et refuse un dépôt v2 sans employeurV2", async () => {
    const factures = Array.from({ length: 5 }, (_, i) => ({ numeroInterneFacture: `F-${i}`, etatFacture: "REGLE" }));
    const e = await demarrerEmulateurApiConvergence({ cleApi: "cle", factures, taillePage: 2 });
    try {
      const page3 = (await (await fetch(`${e.url}/v2/factures/etats?numeroPage=3`, { headers: ENTETES })).json()) as Record<string, unknown>;
      expect(page3).toEqual({ total: 5, count: 1, page: 3, factures: [{ numeroInterneFacture: "F-4", etatFacture: "REGLE" }] });
      const depot = await fetch(`${e.url}/v2/dossiers`, { method: "POST", headers: { ...ENTETES, "content-type": "application/json" }, body: JSON.stringify({ cerfa: { employeur: {} } }) });
      expect(depot.status).toBe(400);
      expect(e.depots).toHaveLength(0);
    } finally {
      await e.arreter();
    }
  });

  it("répond dans la forme de l'OPCO (page enveloppée, liste vide finale), sert cfakeyinfo et exige la forme des dates", async () => {
    const factures = Array.from({ length: 3 }, (_, i) => ({ numeroInterneFacture: `F-${i}`, etatFacture: "REGLE" }));
    const e = await demarrerEmulateurApiConvergence({ cleApi: "cle", factures, taillePage: 2, variantes: { pageEnListe: true, listeVideFinDePages: true }, formesDateExigees: { dossier: "date" } });
    try {
      const page1 = (await (await fetch(`${e.url}/v2/factures/etats?numeroPage=1`, { headers: ENTETES })).json()) as unknown[];
      expect(page1).toEqual([{ page: 1, factures: factures.slice(0, 2) }]);
      expect(await (await fetch(`${e.url}/v2/factures/etats?numeroPage=3`, { headers: ENTETES })).json()).toEqual([]);
      const cle = await (await fetch(`${e.url}/v2/cfakeyinfo?siren=130025265&XAPIKEY=cle`, { headers: ENTETES })).json();
      expect(cle).toEqual({ status: "success", dateFinValidite: "2099-12-31", comment: null });
      const depot = (corps: unknown) => fetch(`${e.url}/v2/dossiers`, { method: "POST", headers: { ...ENTETES, "content-type": "application/json" }, body: JSON.stringify(corps) });
      expect((await depot({ cerfa: { employeurV2: {}, contrat: { dateDebutContrat: "2025-09-01T00:00:00Z" } } })).status).toBe(400);
      expect((await depot({ cerfa: { employeurV2: {}, contrat: { dateDebutContrat: "2025-09-01" } } })).status).toBe(201);
    } finally {
      await e.arreter();
    }
  });
});
