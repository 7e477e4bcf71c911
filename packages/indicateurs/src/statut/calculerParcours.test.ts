import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EXEMPLES_STATUT } from "../../test/exemplesStatut";
import { calculerParcours } from "./calculerParcours";
import { calculerParcoursJourParJour } from "./calculerParcoursJourParJour";
import { calculerParcoursJours } from "./calculerParcoursJours";
import { convertirEntreeStatut } from "./convertirEntreeStatut";
import type { ContratJours, EntreeStatutJours } from "./EntreeStatutJours";
import { SEUILS_TDB } from "./SeuilsStatut";
import { statutEnCours } from "./statutEnCours";

describe("exemples de indicateurs.md §4", () => {
  it.each(EXEMPLES_STATUT)("exemple n° $numero", (exemple) => {
    const { parcours, anomalies } = calculerParcours(exemple.entree);
    expect(anomalies).toEqual([]);
    expect(parcours).toEqual(exemple.parcours);
    expect(statutEnCours(parcours, exemple.maintenant)).toBe(exemple.enCours);
    const jours = convertirEntreeStatut(exemple.entree).entree!;
    expect(calculerParcoursJourParJour(jours)).toEqual(calculerParcoursJours(jours));
  });
});

describe("entrées invalides", () => {
  it("renvoie les anomalies sans lever d'exception", () => {
    const r = calculerParcours({ formation: { debut: "2024-13-01", fin: "2025-08-31" }, contrats: [{ debut: "x" }] });
    expect(r.parcours).toEqual([]);
    expect(r.anomalies.map((a) => a.chemin)).toEqual(["formation.debut", "contrats[0].debut"]);
  });
  it("chronologie vide quand le début dépasse la fin", () => {
    expect(calculerParcours({ formation: { debut: "2025-09-01", fin: "2025-08-31" } })).toEqual({ parcours: [], anomalies: [] });
  });
});

const base = 20000;
const jourArb = fc.integer({ min: base, max: base + 900 });
const contratArb: fc.Arbitrary<ContratJours> = fc.record(
  {
    debut: jourArb,
    fin: fc.option(jourArb, { nil: undefined }),
    rupture: fc.option(jourArb, { nil: undefined }),
  },
  { requiredKeys: ["debut"] },
);
const entreeArb: fc.Arbitrary<EntreeStatutJours> = fc
  .record({
    a: jourArb,
    b: jourArb,
    contrats: fc.array(contratArb, { maxLength: 5 }),
    exclusion: fc.option(fc.integer({ min: base - 30, max: base + 930 }), { nil: undefined }),
  })
  .map(({ a, b, contrats, exclusion }) => ({ session: { debut: Math.min(a, b), fin: Math.max(a, b) }, contrats, exclusion }));

describe("propriétés : intervalles = jour par jour", () => {
  it("sur des cas aléatoires (seuils du Tableau de bord)", () => {
    fc.assert(
      fc.property(entreeArb, (entree) => {
        expect(calculerParcoursJours(entree)).toEqual(calculerParcoursJourParJour(entree));
      }),
      { numRuns: 2000 },
    );
  });
  it("sur des cas aléatoires avec seuils courts (fait apparaître tous les passages)", () => {
    const seuilsArb = fc.record({
      inscritSansContratJours: fc.integer({ min: 0, max: 40 }),
      rupturantJours: fc.integer({ min: 0, max: 60 }),
      toleranceFinDeFormationJours: fc.integer({ min: 0, max: 90 }),
    });
    fc.assert(
      fc.property(entreeArb, seuilsArb, (entree, seuils) => {
        expect(calculerParcoursJours(entree, seuils)).toEqual(calculerParcoursJourParJour(entree, seuils));
      }),
      { numRuns: 2000 },
    );
  });
  it("le parcours est compressé (deux étapes consécutives diffèrent) et finit au plus tard à la fin de session", () => {
    fc.assert(
      fc.property(entreeArb, (entree) => {
        const p = calculerParcoursJours(entree, SEUILS_TDB);
        for (let i = 1; i < p.length; i++) {
          expect(p[i]!.statut).not.toBe(p[i - 1]!.statut);
          expect(p[i]!.jour).toBeGreaterThan(p[i - 1]!.jour);
        }
        if (p.length > 0) expect(p[p.length - 1]!.jour).toBeLessThanOrEqual(entree.session.fin);
      }),
    );
  });
});

describe("propriétés : nombreux contrats (croissance des tampons)", () => {
  it("jusqu'à 40 contrats par apprenant", () => {
    const beaucoup = fc.record({
      a: jourArb,
      b: jourArb,
      contrats: fc.array(contratArb, { minLength: 17, maxLength: 40 }),
      exclusion: fc.option(jourArb, { nil: undefined }),
    });
    fc.assert(
      fc.property(beaucoup, ({ a, b, contrats, exclusion }) => {
        const entree = { session: { debut: Math.min(a, b), fin: Math.max(a, b) }, contrats, exclusion };
        expect(calculerParcoursJours(entree)).toEqual(calculerParcoursJourParJour(entree));
      }),
      { numRuns: 300 },
    );
  });
});
