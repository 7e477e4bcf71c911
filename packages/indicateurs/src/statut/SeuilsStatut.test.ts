// Issue 13, livrable 9 : les seuils du Tableau de bord (90 jours inscrit sans contrat, 180 jours
// rupturant, 60 jours de tolérance de fin de formation) testés à la limite et un jour au-delà.
// Dates attendues calculées à la main (session du 1er janvier au 31 décembre 2025).
import { describe, expect, it } from "vitest";
import { calculerParcours } from "./calculerParcours";
import { SEUILS_TDB } from "./SeuilsStatut";

const formation = { debut: "2025-01-01", fin: "2025-12-31" };

describe("seuils du statut (Tableau de bord) à la limite et un jour au-delà", () => {
  it("valeurs des seuils", () => {
    expect(SEUILS_TDB).toEqual({ inscritSansContratJours: 90, rupturantJours: 180, toleranceFinDeFormationJours: 60 });
  });

  it("inscrit sans contrat : 90e jour (31 mars) encore INSCRIT, 91e jour (1er avril) ABANDON", () => {
    // 31 (janvier) + 28 (février) + 31 (mars) = 90 jours.
    expect(calculerParcours({ formation })).toEqual({
      parcours: [
        { date: "2025-01-01", statut: "INSCRIT" },
        { date: "2025-04-01", statut: "ABANDON" },
      ],
      anomalies: [],
    });
  });

  it("rupturant : du 1er février (jour de la rupture, 1er jour) au 30 juillet (180e jour), ABANDON le 31 juillet (181e)", () => {
    // 28 (février) + 31 + 30 + 31 + 30 = 150 au 30 juin, + 30 = 180 au 30 juillet.
    expect(calculerParcours({ formation, contrats: [{ debut: "2025-01-01", rupture: "2025-02-01" }] })).toEqual({
      parcours: [
        { date: "2025-01-01", statut: "APPRENTI" },
        { date: "2025-02-01", statut: "RUPTURANT" },
        { date: "2025-07-31", statut: "ABANDON" },
      ],
      anomalies: [],
    });
  });

  it("tolérance de fin de formation : contrat fini 60 jours avant la fin de session → FIN_DE_FORMATION dès le lendemain ; 61 jours → RUPTURANT", () => {
    // Du 1er novembre au 31 décembre : 30 + 30 = 60 jours ; du 31 octobre : 61 jours.
    expect(calculerParcours({ formation, contrats: [{ debut: "2025-01-01", fin: "2025-11-01" }] }).parcours).toEqual([
      { date: "2025-01-01", statut: "APPRENTI" },
      { date: "2025-11-02", statut: "FIN_DE_FORMATION" },
    ]);
    // Au-delà de la tolérance : rupturant jusqu'au dernier jour de la session, qui est FIN_DE_FORMATION (fin naturelle).
    expect(calculerParcours({ formation, contrats: [{ debut: "2025-01-01", fin: "2025-10-31" }] }).parcours).toEqual([
      { date: "2025-01-01", statut: "APPRENTI" },
      { date: "2025-11-01", statut: "RUPTURANT" },
      { date: "2025-12-31", statut: "FIN_DE_FORMATION" },
    ]);
  });
});
