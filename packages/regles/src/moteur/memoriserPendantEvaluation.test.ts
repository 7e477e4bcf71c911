import { describe, expect, it } from "vitest";
import type { RegleSynchrone } from "../Regle";
import { evaluerRegles } from "../evaluerRegles";
import { regleTauxMinimum } from "../remuneration/regles/regleTauxMinimum";
import { avecMemoireEvaluation, memoriserPendantEvaluation } from "./memoriserPendantEvaluation";

describe("memoriserPendantEvaluation", () => {
  it("hors évaluation, le calcul est refait à chaque appel", () => {
    let appels = 0;
    const objet = {};
    memoriserPendantEvaluation(objet, "c", () => ++appels);
    memoriserPendantEvaluation(objet, "c", () => ++appels);
    expect(appels).toBe(2);
  });

  it("pendant une évaluation, un calcul est partagé par (objet, clé), puis oublié", () => {
    let appels = 0;
    const a = {};
    const b = {};
    const valeurs = avecMemoireEvaluation(() => [
      memoriserPendantEvaluation(a, "c", () => ++appels),
      memoriserPendantEvaluation(a, "c", () => ++appels),
      memoriserPendantEvaluation(b, "c", () => ++appels),
      memoriserPendantEvaluation(a, "d", () => ++appels),
    ]);
    expect(valeurs).toEqual([1, 1, 2, 3]);
    expect(avecMemoireEvaluation(() => memoriserPendantEvaluation(a, "c", () => ++appels))).toBe(4);
  });

  it("un calcul qui lève n'est pas retenu ; la mémoire précédente est rétablie (imbrication)", () => {
    const a = {};
    let appels = 0;
    avecMemoireEvaluation(() => {
      expect(() => memoriserPendantEvaluation(a, "x", () => { appels++; throw new Error("échec"); })).toThrow("échec");
      expect(() => memoriserPendantEvaluation(a, "x", () => { appels++; throw new Error("échec"); })).toThrow("échec");
      memoriserPendantEvaluation(a, "y", () => 1);
      avecMemoireEvaluation(() => expect(memoriserPendantEvaluation(a, "y", () => 2)).toBe(2));
      expect(memoriserPendantEvaluation(a, "y", () => 3)).toBe(1);
    });
    expect(appels).toBe(2);
  });

  it("moteur : un calcul partagé par plusieurs règles n'est fait qu'une fois par évaluation", () => {
    let appels = 0;
    const regle = (id: string): RegleSynchrone<{ n: number }> => ({
      nature: "synchrone",
      id,
      titre: id,
      description: id,
      severite: "information",
      references: [{ titre: "Test" }],
      parametres: [],
      chemins: ["n"],
      evaluer: (e) => {
        const double = memoriserPendantEvaluation(e, "double", () => (appels++, e.n * 2));
        return double > 2 ? [{ statut: "non_conforme", message: `${double}` }] : [];
      },
    });
    const entree = { n: 2 };
    const r = evaluerRegles([regle("test.a"), regle("test.b"), regle("test.c")], entree, { dateEvaluation: "2026-01-01" });
    expect(r.constats.map((c) => c.message)).toEqual(["4", "4", "4"]);
    expect(appels).toBe(1);
    // Entrée modifiée entre deux évaluations : rien de périmé n'est relu.
    entree.n = 1;
    expect(evaluerRegles([regle("test.a")], entree, { dateEvaluation: "2026-01-01" }).constats).toEqual([]);
    expect(appels).toBe(2);
  });

  it("rémunération : un constat de lecture partagé est copié, chaque règle a le sien", () => {
    const contrat = { apprenti: {}, contrat: { dateDebutContrat: "2025-09-01" } };
    const r = evaluerRegles([regleTauxMinimum, { ...regleTauxMinimum, id: "remuneration.taux.copie" }], contrat, { dateEvaluation: "2026-01-01" });
    expect(r.constats).toHaveLength(2);
    expect(r.constats[0]?.manquants).toEqual(["apprenti.dateNaissance", "contrat.dateFinContrat"]);
    expect(r.constats[0]?.manquants).not.toBe(r.constats[1]?.manquants);
    expect(r.constats[0]?.details).not.toBe(r.constats[1]?.details);
    expect(r.constats[0]?.details).toEqual(r.constats[1]?.details);
  });
});
