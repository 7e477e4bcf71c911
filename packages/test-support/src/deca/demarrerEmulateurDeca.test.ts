import { describe, expect, it } from "vitest";
import { demarrerEmulateurDeca } from "./demarrerEmulateurDeca";

const BASIC = `Basic ${Buffer.from("tba:s").toString("base64")}`;
const poster = (url: string, corps: unknown, autorisation = BASIC) =>
  fetch(`${url}/contrats/extractTBA`, { method: "POST", headers: { authorization: autorisation, "content-type": "application/json" }, body: JSON.stringify(corps) });

describe("émulateur de l'extraction DECA", () => {
  it("exige HTTP Basic, contrôle le corps et pagine avec metadonnees", async () => {
    const contrats = Array.from({ length: 3 }, (_, i) => ({ detailsContrat: { noContrat: `N${i}`, dateConclusion: "2025-09-01" } }));
    const e = await demarrerEmulateurDeca({ identifiant: "tba", motDePasse: "s", contrats, taillePage: 2 });
    try {
      expect((await poster(e.url, { dateDebut: "2025-09-01", dateFin: "2025-09-01", page: 1 }, "Basic x")).status).toBe(401);
      expect((await poster(e.url, { dateDebut: "01/09/2025", dateFin: "2025-09-01", page: 1 })).status).toBe(400);
      expect((await poster(e.url, { dateDebut: "2025-09-01", dateFin: "2025-09-01", page: 0 })).status).toBe(400);
      const page2 = (await (await poster(e.url, { dateDebut: "2025-09-01", dateFin: "2025-09-30", page: 2 })).json()) as Record<string, unknown>;
      expect(page2).toEqual({ metadonnees: { page: 2, totalPages: 2, totalElements: 3 }, contrats: [contrats[2]] });
      const vide = (await (await poster(e.url, { dateDebut: "2024-01-01", dateFin: "2024-01-31", page: 1 })).json()) as Record<string, unknown>;
      expect(vide).toEqual({ metadonnees: { page: 1, totalPages: 1, totalElements: 0 }, contrats: [] });
    } finally {
      await e.arreter();
    }
  });
});
