import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { normaliseurTexte } from "./compilerNormalisation.js";
import { compilerPointFixe } from "./compilerPointFixe.js";
import { normaliserRncp } from "./normaliserRncp.js";
import { registreNormalisation, type ConsigneNormalisation } from "./registreNormalisation.js";

/** Consignes représentatives des champs du contrat, seules et combinées. */
const consignes: ConsigneNormalisation[] = [
  {},
  { sansEspaces: true },
  { majuscules: true },
  { majuscules: true, sansEspaces: true },
  { majuscules: true, sansEspaces: true, absents: ["RNCPNR"], normaliser: normaliserRncp },
  { absents: ["NR", "0"] },
  { correspondances: { a: "A", M: "1", "01": "1" } },
  { completerZeros: 4 },
  { completerZeros: 5, sansEspaces: true, correspondances: { "976": "97600" } },
];

const caracteres = fc.constantFrom("A", "z", "0", "9", " ", ".", "-", "é", "\u00a0", "\u202f", "\t", "ß", "ﬁ", "R", "N", "C", "P");
const textes = fc.oneof(fc.string(), fc.array(caracteres, { maxLength: 8 }).map((c) => c.join("")), fc.constantFrom("", "NR", "RNCPNR", "a", "M", "01", "976", "123", "1234", "12345", "RNCP34567", "rncp 34567"));

describe("compilerPointFixe : verdict d'un champ texte à consigne", () => {
  it("vrai exactement quand la normalisation laisse le texte tel quel (preuve rapide ou normalisation complète)", () => {
    for (const consigne of consignes) {
      const schema = z.string();
      registreNormalisation.add(schema, consigne);
      const verifier = compilerPointFixe(schema);
      const normaliser = normaliseurTexte(consigne);
      expect(verifier).not.toBeNull();
      fc.assert(
        fc.property(textes, (texte) => verifier?.(texte) === (normaliser(texte) === texte)),
        { numRuns: 3000, seed: 77 },
      );
      expect(verifier?.(12)).toBe(true);
    }
  });
});
