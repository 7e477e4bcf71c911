/// <reference types="node" />
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import demo from "../../../cli/data/contrats-demo.jsonl?raw";
import { champsSimplesRemplis } from "../generated/champsSimplesRemplis";
import { estRenseigne } from "../Lecture";
import { contratAvecValeurAuMaillon } from "../test/contratAvecValeurAuMaillon";
import { contratConforme } from "../test/contratConforme";
import { champsObligatoires, estChampSimple } from "./champsObligatoires";

const script = fileURLToPath(new URL("../../scripts/genererChampsSimplesRemplis.mjs", import.meta.url));
const genere = fileURLToPath(new URL("../generated/champsSimplesRemplis.ts", import.meta.url));
const simples = champsObligatoires.filter(estChampSimple).map((c) => c.chemin);

/** Définition de la garde : chaque chemin simple, lu clé par clé, est renseigné. */
function definition(racine: unknown): boolean {
  return simples.every((chemin) => {
    let courant = racine;
    for (const cle of chemin.split(".")) {
      if (courant === null || typeof courant !== "object") return false;
      courant = (courant as Record<string, unknown>)[cle];
    }
    return estRenseigne(courant);
  });
}

describe("garde générée des champs obligatoires simples", () => {
  it("le fichier généré est à jour de la table champsObligatoires (relancer le build sinon)", () => {
    const attendu = execFileSync(process.execPath, ["--import", "tsx", script, "--sortie-standard"], { encoding: "utf8" });
    expect(readFileSync(genere, "utf8")).toBe(attendu);
  });

  it("les conditions d'obligation distinctes tiennent dans la mémoire de la garde (un bit chacune, 31 au plus)", () => {
    expect(new Set(champsObligatoires.flatMap((c) => (c.condition === undefined ? [] : [c.condition]))).size).toBeLessThanOrEqual(31);
  });

  it("même verdict que la lecture clé par clé, sur le jeu de démonstration et des valeurs quelconques à chaque maillon", () => {
    expect(simples.length).toBeGreaterThan(40);
    const racines: unknown[] = [contratConforme(), null, [], "texte", {}];
    for (const ligne of demo.split("\n")) {
      try {
        racines.push(JSON.parse(ligne));
      } catch {
        // ligne volontairement illisible
      }
    }
    let vrais = 0;
    for (const racine of racines) {
      const attendu = definition(racine);
      if (attendu) vrais++;
      expect(champsSimplesRemplis(racine)).toBe(attendu);
    }
    expect(vrais).toBeGreaterThan(0);
    const valeur = fc.oneof(fc.constant(null), fc.constant(undefined), fc.string({ maxLength: 3 }), fc.constantFrom(" ", "\t", "é"), fc.integer(), fc.boolean(), fc.constant([]), fc.constant({}), fc.constant([1]));
    fc.assert(
      fc.property(fc.constantFrom(...simples), fc.integer({ min: 0, max: 3 }), valeur, (chemin, niveau, v) => {
        // La valeur quelconque remplace le maillon `niveau` du chemin d'un contrat conforme.
        const racine = contratAvecValeurAuMaillon(chemin, niveau, v);
        expect(champsSimplesRemplis(racine)).toBe(definition(racine));
      }),
      { numRuns: 3000, seed: 64 },
    );
  });
});
