import { jourDepuisDate } from "@communs-opco/dates";
import { describe, expect, it } from "vitest";
import { genererEffectifs } from "../generation/genererEffectifs";
import { calculerParcours } from "../statut/calculerParcours";
import { statutALaDate } from "../statut/statutALaDate";
import type { EffectifIndicateurs } from "./EffectifIndicateurs";
import { indicateursALaDate } from "./indicateursALaDate";
import { preparerEffectifs } from "./preparerEffectifs";
import { trancheAge } from "./trancheAge";

const D = "2025-03-06";
const S = { debut: "2024-09-01", fin: "2025-08-31" };
function effectif(contrats: EffectifIndicateurs["contrats"], extra: Partial<EffectifIndicateurs> = {}): EffectifIndicateurs {
  return { anneeScolaire: "2024-2025", formation: { ...S, rncp: "RNCP37714", niveau: "3" }, contrats, organisme: { departement: "75", uai: "0751234A" }, ...extra };
}

describe("vecteur d'agrégation du Tableau de bord", () => {
  it("5 apprentis + 10 inscrits + 15 abandons + 20 rupturants dans un département", () => {
    const effectifs = [
      ...Array.from({ length: 5 }, () => effectif([{ debut: "2024-10-01" }])),
      ...Array.from({ length: 10 }, () => effectif([], { formation: { debut: "2025-01-06", fin: "2025-12-23" } })),
      ...Array.from({ length: 15 }, () => effectif([])),
      ...Array.from({ length: 20 }, () => effectif([{ debut: "2024-10-01", rupture: "2024-12-01" }])),
    ];
    const r = indicateursALaDate(preparerEffectifs(effectifs), { date: D, par: ["departement", "region", "academie"] });
    expect(r.groupes).toEqual([
      { dimensions: { departement: "75", region: "11", academie: "01" }, apprenants: 35, apprentis: 5, inscrits: 10, rupturants: 20, abandons: 15, finDeFormation: 0 },
    ]);
    expect(r.bilan).toEqual({ total: 50, comptes: 50, nonDemarres: 0, horsAnneeScolaire: 0, nonFiables: 0, illisibles: 0 });
  });
});

describe("filtres et bilan", () => {
  it("non démarré, hors année scolaire, non fiable, illisible : écartés et comptés au bilan", () => {
    const effectifs = [
      effectif([{ debut: "2024-10-01" }]),
      effectif([], { formation: { debut: "2025-04-01", fin: "2025-12-31" } }),
      effectif([], { anneeScolaire: "2023-2024" }),
      effectif([], { anneeScolaire: "2025-2025" }),
      effectif([], { organisme: { departement: "69", fiable: false } }),
      effectif([{ debut: "2024-13-01" }]),
    ];
    const table = preparerEffectifs(effectifs);
    expect(table.illisibles).toEqual([{ index: 5, id: undefined, anomalies: [{ chemin: "contrats[0].debut", message: "date invalide (AAAA-MM-JJ attendu) : « 2024-13-01 »" }] }]);
    const r = indicateursALaDate(table, { date: D });
    expect(r.bilan).toEqual({ total: 6, comptes: 2, nonDemarres: 1, horsAnneeScolaire: 1, nonFiables: 1, illisibles: 1 });
    expect(r.total).toEqual({ apprenants: 1, apprentis: 1, inscrits: 0, rupturants: 0, abandons: 1, finDeFormation: 0 });
    const sansFiltre = indicateursALaDate(table, { date: D, filtrerAnneeScolaire: false, filtrerFiabilite: false });
    expect(sansFiltre.bilan.comptes).toBe(4);
  });

  it("tranches d'âge à la date et à la date de référence du Tableau de bord", () => {
    const e = effectif([{ debut: "2024-10-01" }], { apprenant: { dateNaissance: "2007-01-01" } });
    const r = indicateursALaDate(preparerEffectifs([e]), { date: "2024-12-31", par: ["trancheAge", "trancheAgeTdb"], dateReference: "2025-01-01" });
    expect(r.groupes[0]!.dimensions).toEqual({ trancheAge: "-18", trancheAgeTdb: "18-20" });
  });
});

describe("OPCO : trois rattachements", () => {
  const e1 = effectif([{ debut: "2024-10-01", siret: "42476141900045", idcc: "1486" }], { formation: { ...S, rncp: "RNCP1" } });
  const e2 = effectif([], { formation: { ...S, debut: "2025-01-06", rncp: "RNCP2" } });
  const table = preparerEffectifs([e1, e2]);
  it("rncp : plusieurs OPCO possibles, sans contrat compris", () => {
    const r = indicateursALaDate(table, {
      date: D,
      par: ["opco"],
      liaisonOpco: { mode: "rncp", parRncp: new Map([["RNCP1", ["akto", "atlas"] as const], ["RNCP2", ["atlas"] as const]]) },
    });
    expect(r.liaisonOpco).toBe("rncp");
    expect(r.groupes.map((g) => [g.dimensions.opco, g.apprentis, g.inscrits])).toEqual([
      ["akto", 1, 0],
      ["atlas", 1, 1],
    ]);
    expect(r.total.apprenants).toBe(2);
  });
  it("siret (clé SIREN) et idcc : seulement les apprenants avec contrat", () => {
    const parSiret = indicateursALaDate(table, { date: D, par: ["opco"], liaisonOpco: { mode: "siret", parSiret: new Map([["424761419", "akto"]]), cleSiren: true } });
    expect(parSiret.groupes.map((g) => [g.dimensions.opco, g.apprenants])).toEqual([["akto", 1], [null, 1]]);
    const parIdcc = indicateursALaDate(table, { date: D, par: ["opco"], liaisonOpco: { mode: "idcc" } });
    expect(parIdcc.groupes.map((g) => [g.dimensions.opco, g.apprenants])).toEqual([["atlas", 1], [null, 1]]);
  });
});

describe("données générées : accord avec un calcul direct effectif par effectif", () => {
  it("par département, niveau et tranche d'âge", () => {
    const effectifs = genererEffectifs({ nombre: 3000, graine: 11, organismes: 50, formations: 40 });
    const date = "2025-02-15";
    const r = indicateursALaDate(preparerEffectifs(effectifs), { date, par: ["departement", "niveau", "trancheAge"], filtrerAnneeScolaire: false, filtrerFiabilite: false });
    const attendu = new Map<string, number[]>();
    for (const e of effectifs) {
      const s = statutALaDate(calculerParcours(e).parcours, date);
      if (s === undefined) continue;
      const cle = [e.organisme!.departement, e.formation.niveau, trancheAge(jourDepuisDate(e.apprenant!.dateNaissance!), jourDepuisDate(date)) ?? null].join("|");
      const c = attendu.get(cle) ?? [0, 0, 0, 0, 0];
      c[["INSCRIT", "APPRENTI", "RUPTURANT", "ABANDON", "FIN_DE_FORMATION"].indexOf(s.statut)]! += 1;
      attendu.set(cle, c);
    }
    const obtenu = new Map(r.groupes.map((g) => [[g.dimensions.departement, g.dimensions.niveau, g.dimensions.trancheAge].join("|"), [g.inscrits, g.apprentis - g.finDeFormation, g.rupturants, g.abandons, g.finDeFormation]]));
    expect(obtenu).toEqual(attendu);
    expect(r.bilan.comptes).toBe([...attendu.values()].flat().reduce((a, b) => a + b, 0));
  });
});
