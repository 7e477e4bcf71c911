/// <reference types="node" />
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import demo from "../../../cli/data/contrats-demo.jsonl?raw";
import { accesseursContrat } from "../generated/accesseursContrat";
import { valeurAuChemin } from "../Lecture";
import { contratAvecValeurAuMaillon } from "../test/contratAvecValeurAuMaillon";
import { contratConforme } from "../test/contratConforme";
import { accesseurChemin } from "./accesseurChemin";

const script = fileURLToPath(new URL("../../scripts/genererAccesseursContrat.mjs", import.meta.url));
const genere = fileURLToPath(new URL("../generated/accesseursContrat.ts", import.meta.url));

/** Lecture clé par clé, sans accesseur généré : la définition de `valeurAuChemin`. */
function lectureCleParCle(racine: unknown, chemin: string): unknown {
  let courant = racine;
  for (const cle of chemin.split(".")) {
    if (courant === null || typeof courant !== "object") return undefined;
    courant = (courant as Record<string, unknown>)[cle];
  }
  return courant;
}

const chemins = [...accesseursContrat.keys()];

describe("accesseurs compilés des chemins du contrat", () => {
  it("le fichier généré est à jour du JSON Schema publié (relancer le build sinon)", () => {
    const attendu = execFileSync(process.execPath, [script, "--sortie-standard"], { encoding: "utf8" });
    expect(readFileSync(genere, "utf8")).toBe(attendu);
  });

  it("couvre les chemins des blocs du contrat standard", () => {
    for (const chemin of ["employeur.siret", "employeur.adresse.codePostal", "apprenti.responsableLegal.adresse.voie", "contrat.dateDebutContrat", "maitre2.dateNaissance", "signatures.lieu"]) {
      expect(chemins).toContain(chemin);
    }
  });

  it("même valeur que la lecture clé par clé, sur le jeu de démonstration et des valeurs quelconques à chaque maillon", () => {
    const racines: unknown[] = [contratConforme()];
    for (const ligne of demo.split("\n").slice(0, 100)) {
      try {
        racines.push(JSON.parse(ligne));
      } catch {
        // ligne volontairement illisible
      }
    }
    for (const racine of racines) {
      for (const chemin of chemins) {
        expect(accesseurChemin(chemin)(racine)).toBe(lectureCleParCle(racine, chemin));
        expect(valeurAuChemin(racine, chemin)).toBe(lectureCleParCle(racine, chemin));
      }
    }
    const valeur = fc.oneof(fc.constant(null), fc.constant(undefined), fc.string(), fc.integer(), fc.boolean(), fc.constant([]), fc.constant({}), fc.constant([1, 2]));
    fc.assert(
      fc.property(fc.constantFrom(...chemins), fc.integer({ min: 0, max: 4 }), valeur, (chemin, niveau, v) => {
        // La valeur quelconque remplace le maillon `niveau` du chemin (ou la racine).
        const racine = contratAvecValeurAuMaillon(chemin, niveau, v);
        for (const r of [racine, v]) {
          expect(accesseurChemin(chemin)(r)).toBe(lectureCleParCle(r, chemin));
          expect(valeurAuChemin(r, chemin)).toBe(lectureCleParCle(r, chemin));
        }
      }),
      { numRuns: 2000, seed: 169 },
    );
  });
});
