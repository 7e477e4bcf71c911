import { describe, expect, it } from "vitest";
import { cohortes } from "./cohortes";
import { dureesDansStatut } from "./dureesDansStatut";
import type { EffectifIndicateurs } from "./EffectifIndicateurs";
import { preparerEffectifs } from "./preparerEffectifs";
import { serieMensuelle } from "./serieMensuelle";
import { tauxRuptureEtAbandon } from "./tauxRuptureEtAbandon";

// Parcours vérifiés à la main :
// E1 : 2024-09-01 INSCRIT, 2024-10-01 APPRENTI, 2024-12-01 RUPTURANT, 2025-05-30 ABANDON
// E2 : 2024-09-01 INSCRIT, 2024-10-01 APPRENTI, 2025-08-31 FIN_DE_FORMATION
// E3 : 2024-09-01 INSCRIT, 2024-11-30 ABANDON
// E4 : 2024-10-15 APPRENTI, 2025-08-31 FIN_DE_FORMATION
const S = { debut: "2024-09-01", fin: "2025-08-31" };
const effectifs: EffectifIndicateurs[] = [
  { formation: S, contrats: [{ debut: "2024-10-01", rupture: "2024-12-01" }], organisme: { departement: "75" } },
  { formation: S, contrats: [{ debut: "2024-10-01" }], organisme: { departement: "75" } },
  { formation: S, contrats: [], organisme: { departement: "69" } },
  { formation: { ...S, debut: "2024-10-15" }, contrats: [{ debut: "2024-10-15" }], organisme: { departement: "69" } },
];
const table = preparerEffectifs(effectifs);

describe("taux de rupture et d'abandon", () => {
  it("sur novembre-décembre 2024, au total et par département", () => {
    expect(tauxRuptureEtAbandon(table, { debut: "2024-11-01", fin: "2024-12-31" })).toEqual([
      { dimensions: {}, populationRupture: 3, ruptures: 1, tauxRupture: 1 / 3, populationAbandon: 4, abandons: 1, tauxAbandon: 0.25 },
    ]);
    const parDep = tauxRuptureEtAbandon(table, { debut: "2024-11-01", fin: "2024-12-31", par: ["departement"] });
    expect(parDep.map((g) => [g.dimensions.departement, g.tauxRupture, g.tauxAbandon])).toEqual([
      ["75", 0.5, 0],
      ["69", 0, 0.5],
    ]);
  });
  it("une rupture le premier jour de la période compte", () => {
    const [g] = tauxRuptureEtAbandon(table, { debut: "2024-12-01", fin: "2024-12-01" });
    expect([g!.populationRupture, g!.ruptures]).toEqual([3, 1]);
  });
});

describe("temps dans le statut", () => {
  it("au 2024-12-15", () => {
    expect(dureesDansStatut(table, { date: "2024-12-15" })).toEqual([
      {
        dimensions: {},
        statuts: {
          APPRENTI: { effectifs: 2, moyenneJours: 68, medianeJours: 68, p90Jours: 75 },
          RUPTURANT: { effectifs: 1, moyenneJours: 14, medianeJours: 14, p90Jours: 14 },
          ABANDON: { effectifs: 1, moyenneJours: 15, medianeJours: 15, p90Jours: 15 },
        },
      },
    ]);
  });
});

describe("série mensuelle", () => {
  it("au dernier jour de chaque mois", () => {
    const serie = serieMensuelle(table, { debut: "2024-09", fin: "2024-11" });
    expect(serie.map((r) => [r.mois, r.date, r.total.inscrits, r.total.apprentis, r.total.abandons, r.bilan.nonDemarres])).toEqual([
      ["2024-09", "2024-09-30", 3, 0, 0, 1],
      ["2024-10", "2024-10-31", 1, 3, 0, 0],
      ["2024-11", "2024-11-30", 0, 3, 1, 0],
    ]);
  });
});

describe("cohortes", () => {
  it("entrants du mois et statut 3, 6 et 12 mois plus tard", () => {
    const zero = { INSCRIT: 0, APPRENTI: 0, RUPTURANT: 0, ABANDON: 0, FIN_DE_FORMATION: 0 };
    expect(cohortes(table)).toEqual([
      {
        mois: "2024-09",
        entrants: 3,
        apres: {
          3: { ...zero, APPRENTI: 1, RUPTURANT: 1, ABANDON: 1 },
          6: { ...zero, APPRENTI: 1, RUPTURANT: 1, ABANDON: 1 },
          12: { ...zero, FIN_DE_FORMATION: 1, ABANDON: 2 },
        },
      },
      { mois: "2024-10", entrants: 1, apres: { 3: { ...zero, APPRENTI: 1 }, 6: { ...zero, APPRENTI: 1 }, 12: { ...zero, FIN_DE_FORMATION: 1 } } },
    ]);
  });
});
