import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { champsObligatoires } from "./contrat/champsObligatoires";
import { evaluerRegles } from "./evaluerRegles";
import { registreContrat } from "./registreContrat";
import { contratConforme } from "./test/contratConforme";

/** Valeurs de tous types, dont des dates et codes plausibles mais faux. */
const valeurQuelconque = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.integer({ min: -1_000_000, max: 100_000_000 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom("2025-02-30", "2024-02-29", "1900-01-01", "2099-12-31", "01/09/2025", "", "  ", "NaN"),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
);

const chemins = [...new Set([...champsObligatoires.map((c) => c.chemin), ...registreContrat.regles.flatMap((r) => r.chemins)])];

function poser(objet: Record<string, unknown>, chemin: string, valeur: unknown): void {
  const cles = chemin.split(".");
  let courant: Record<string, unknown> = objet;
  for (const cle of cles.slice(0, -1)) {
    const suivant = courant[cle];
    if (typeof suivant !== "object" || suivant === null || Array.isArray(suivant)) courant[cle] = {};
    courant = courant[cle] as Record<string, unknown>;
  }
  courant[cles[cles.length - 1]!] = valeur;
}

describe("robustesse : aucune règle ne lève, quelles que soient les données", () => {
  it("contrat conforme dont des champs pris au hasard reçoivent des valeurs quelconques", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...chemins), valeurQuelconque), { minLength: 1, maxLength: 12 }), (modifications) => {
        const contrat = contratConforme() as unknown as Record<string, unknown>;
        for (const [chemin, valeur] of modifications) poser(contrat, chemin, valeur);
        const r = evaluerRegles(registreContrat, contrat, { dateEvaluation: "2025-08-25", mode: "explication" });
        const erreurs = r.constats.filter((c) => c.details.erreur !== undefined).map((c) => `${c.regle} : ${String(c.details.erreur)}`);
        expect(erreurs).toEqual([]);
        expect(r.synthese.conformes + r.synthese.nonConformes + r.synthese.indeterminees + r.synthese.nonApplicables).toBe(r.synthese.regles);
      }),
      { numRuns: 300, seed: 2025 },
    );
  });

  it("blocs entiers remplacés par des valeurs quelconques", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("employeur", "apprenti", "maitre1", "maitre2", "contrat", "formation", "organismeFormation", "etablissementFormation", "signatures"), valeurQuelconque), (blocs) => {
        const contrat = { ...(contratConforme() as unknown as Record<string, unknown>), ...blocs };
        const r = evaluerRegles(registreContrat, contrat, { dateEvaluation: "2025-08-25" });
        expect(r.constats.filter((c) => c.details.erreur !== undefined).map((c) => c.regle)).toEqual([]);
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
