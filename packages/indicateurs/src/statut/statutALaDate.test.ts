import { describe, expect, it } from "vitest";
import type { EtapeParcours } from "./EntreeStatut";
import { parcoursDepuisHistorique } from "./parcoursDepuisHistorique";
import { statutALaDate } from "./statutALaDate";
import { statutEnCours } from "./statutEnCours";

const parcours: EtapeParcours[] = [
  { date: "2025-01-06", statut: "INSCRIT" },
  { date: "2025-04-06", statut: "ABANDON" },
];

describe("statut à une date", () => {
  it("dernier statut daté au plus tard ce jour, indéfini avant le début", () => {
    expect(statutALaDate(parcours, "2025-01-05")).toBeUndefined();
    expect(statutALaDate(parcours, "2025-01-06")).toEqual({ statut: "INSCRIT", depuis: "2025-01-06" });
    expect(statutALaDate(parcours, "2025-04-06")).toEqual({ statut: "ABANDON", depuis: "2025-04-06" });
  });
  it("statut en cours : INSCRIT par défaut", () => {
    expect(statutEnCours(parcours, "2024-12-01")).toBe("INSCRIT");
    expect(statutEnCours([], "2024-12-01")).toBe("INSCRIT");
    expect(statutEnCours(parcours, "2025-03-06")).toBe("INSCRIT");
  });
});

describe("repli hérité depuis l'historique de statut", () => {
  it("un 3 suivi d'un 2 donne un contrat rompu ; session août–juillet", () => {
    const r = parcoursDepuisHistorique({
      historique: [
        { valeur: 2, date: "2024-12-01" },
        { valeur: 3, date: "2024-10-01" },
        { valeur: 2, date: "2024-09-01" },
      ],
      periode: [2024, 2025],
    });
    expect(r.parcours).toEqual([
      { date: "2024-08-01", statut: "INSCRIT" },
      { date: "2024-10-01", statut: "APPRENTI" },
      { date: "2024-12-01", statut: "RUPTURANT" },
      { date: "2025-05-30", statut: "ABANDON" },
    ]);
  });
  it("un 3 jamais suivi d'un 2 ne produit aucun contrat ; les 0 sont ignorés ; année civile si Y1 = Y2", () => {
    const r = parcoursDepuisHistorique({ historique: [{ valeur: 3, date: "2024-02-01" }, { valeur: 0, date: "2024-03-01" }], periode: [2024, 2024] });
    expect(r.parcours).toEqual([
      { date: "2024-01-01", statut: "INSCRIT" },
      { date: "2024-03-31", statut: "ABANDON" },
    ]);
  });
  it("les dates de formation connues remplacent les valeurs par défaut ; historique vide : aucun statut", () => {
    const r = parcoursDepuisHistorique({ historique: [{ valeur: 2, date: "2024-09-15" }], periode: [2024, 2025], dateEntree: "2024-09-15", dateFin: "2024-10-01" });
    expect(r.parcours).toEqual([
      { date: "2024-09-15", statut: "INSCRIT" },
      { date: "2024-10-01", statut: "FIN_DE_FORMATION" },
    ]);
    expect(parcoursDepuisHistorique({ historique: [], periode: [2024, 2025] }).parcours).toEqual([]);
  });
});

describe("règle ancienne du statut depuis l'historique (§3.5)", () => {
  it("apprenti, abandon, inscrit, rupturant, indéterminé", async () => {
    const { statutHistoriqueAncien } = await import("./statutHistoriqueAncien");
    const h = [
      { valeur: 2 as const, date: "2024-09-01" },
      { valeur: 3 as const, date: "2024-10-01" },
      { valeur: 2 as const, date: "2024-12-01" },
      { valeur: 2 as const, date: "2025-01-15" },
      { valeur: 0 as const, date: "2025-03-01" },
    ];
    expect(statutHistoriqueAncien(h, "2024-08-31")).toBeUndefined();
    expect(statutHistoriqueAncien(h, "2024-09-15")).toBe("INSCRIT");
    expect(statutHistoriqueAncien(h, "2024-11-01")).toBe("APPRENTI");
    expect(statutHistoriqueAncien(h, "2024-12-01")).toBe("RUPTURANT");
    expect(statutHistoriqueAncien(h, "2025-02-01")).toBe("indetermine");
    expect(statutHistoriqueAncien(h, "2025-03-06")).toBe("ABANDON");
  });
});
