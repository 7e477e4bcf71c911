import fc from "fast-check";
import { ajouterJours } from "@communs-opco/regles";
import { describe, expect, it } from "vitest";
import { calculerEcheancier } from "./calculerEcheancier";
import { detecterIndus } from "./detecterIndus";

const jourDe = (n: number) => ajouterJours("2023-01-01", n);

const entree = fc
  .record({
    conclusion: fc.integer({ min: 0, max: 1400 }),
    decalage: fc.integer({ min: 0, max: 90 }),
    duree: fc.integer({ min: 30, max: 1460 }),
    rupture: fc.option(fc.integer({ min: 0, max: 1460 }), { nil: undefined }),
    npec: fc.integer({ min: 0, max: 3_000_000 }).map((c) => c / 100),
    niveau: fc.constantFrom("3", "5", "6", "7", null),
  })
  .map((x) => {
    const debut = jourDe(x.conclusion + x.decalage);
    const fin = ajouterJours(debut, x.duree - 1);
    const rupture = x.rupture === undefined || x.rupture >= x.duree ? undefined : ajouterJours(debut, x.rupture);
    return { dateConclusion: jourDe(x.conclusion), dateDebutContrat: debut, dateFinContrat: fin, ...(rupture === undefined ? {} : { dateRupture: rupture }), npecAnnuel: x.npec, niveauCertification: x.niveau };
  });

describe("calculerEcheancier — propriétés", () => {
  it("le total est la somme des années ; chaque année ≤ NPEC ; une rupture ne coûte jamais plus que le contrat entier", () => {
    fc.assert(
      fc.property(entree, (e) => {
        const r = calculerEcheancier(e);
        expect(r.indeterminations.filter((i) => !i.includes("niveau"))).toEqual([]);
        const sommeAnnees = r.annees.reduce((s, a) => s + a.montantDuCentimes, 0);
        expect(r.totalDuCentimes).toBe(sommeAnnees);
        for (const a of r.annees) {
          expect(a.montantDuCentimes).toBeGreaterThanOrEqual(0);
          expect(a.montantDuCentimes).toBeLessThanOrEqual(r.npecAnnuelCentimes);
          const echeances = r.echeances.filter((x) => x.annee === a.numero).reduce((s, x) => s + x.montantCentimes, 0);
          expect(echeances).toBe(a.montantDuCentimes);
        }
        if (e.dateRupture !== undefined) {
          const { dateRupture: _, ...entier } = e;
          expect(r.totalDuCentimes).toBeLessThanOrEqual(calculerEcheancier(entier).totalDuCentimes + (r.partEmployeur === null ? 0 : 75000));
        }
        const payeTout = detecterIndus(r, [{ date: e.dateDebutContrat, montant: r.totalDuCentimes / 100 }], { dateEvaluation: e.dateDebutContrat, dateJustificatifs: e.dateDebutContrat });
        expect(payeTout.induCentimes).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});
