/// <reference types="node" />
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contratExemple } from "./exemples/contratExemple.js";
import { lireContrat } from "./lireContrat.js";
import { estContratStandard, lireContratStandard } from "./lireContratStandard.js";

const script = fileURLToPath(new URL("../scripts/genererValidateurContrat.mjs", import.meta.url));
const genere = fileURLToPath(new URL("./generated/validerContratStandard.ts", import.meta.url));

/** Même lecture que `lireContrat`, à l'ordre des clés près (le chemin rapide ne recopie pas l'objet). */
function trier(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(trier);
  if (typeof v !== "object" || v === null) return v;
  return Object.fromEntries(Object.keys(v).sort().map((k) => [k, trier((v as Record<string, unknown>)[k])]));
}

describe("lireContratStandard : validateur compilé au build, repli sur lireContrat", () => {
  it("le validateur généré est à jour du JSON Schema publié (relancer le build sinon)", () => {
    const attendu = execFileSync(process.execPath, [script, "--sortie-standard"], { encoding: "utf8" });
    expect(readFileSync(genere, "utf8")).toBe(attendu);
  });

  it("le contrat d'exemple est au standard ; une valeur non standard passe par lireContrat (mêmes erreurs)", () => {
    expect(estContratStandard(contratExemple)).toBe(true);
    for (const valeur of [null, 3, [], {}, { contrat: "?" }, { ...contratExemple, inconnu: 1 }, { ...contratExemple, extensions: { x: 1 } }]) {
      expect(estContratStandard(valeur)).toBe(false);
      expect(JSON.stringify(lireContratStandard(valeur))).toBe(JSON.stringify(lireContrat(valeur)));
    }
  });

  it("accepté par le validateur compilé ⇒ lireContrat l'accepte, sans avertissement, et le lit à l'identique", () => {
    const exemple = JSON.parse(JSON.stringify(contratExemple)) as Record<string, Record<string, unknown>>;
    const chemins = Object.entries(exemple).flatMap(([bloc, v]) => (typeof v === "object" && v !== null && !Array.isArray(v) ? Object.keys(v).map((cle) => [bloc, cle] as const) : []));
    const valeur = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom(" 75001", "75001 ", "2025-02-30", "2025-09-01", "", "1", "13", "NaN"), fc.integer({ min: -5, max: 100_000 }), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...chemins), valeur), { maxLength: 4 }), (modifications) => {
        const contrat = JSON.parse(JSON.stringify(contratExemple)) as Record<string, Record<string, unknown>>;
        for (const [[bloc, cle], v] of modifications) (contrat[bloc] as Record<string, unknown>)[cle] = v;
        // Valeur JSON (comme après JSON.parse) : une clé `undefined` n'existe pas.
        const json = JSON.parse(JSON.stringify(contrat)) as Record<string, Record<string, unknown>>;
        verifier(json);
      }),
      { numRuns: 1500, seed: 12 },
    );
    function verifier(contrat: Record<string, Record<string, unknown>>): void {
        const rapide = lireContratStandard(contrat);
        const lu = lireContrat(contrat);
        if (!estContratStandard(contrat)) {
          expect(JSON.stringify(rapide)).toBe(JSON.stringify(lu));
          return;
        }
        expect(lu.ok).toBe(true);
        if (!lu.ok || !rapide.ok) return;
        expect(lu.avertissements).toEqual([]);
        expect(JSON.stringify(trier(rapide.contrat))).toBe(JSON.stringify(trier(lu.contrat)));
    }
  }, 120_000);
});
