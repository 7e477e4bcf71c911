import fc from "fast-check";
import { describe, expect, it } from "vitest";
import demo from "../../../cli/data/contrats-demo.jsonl?raw";
import { motifTelephone, motifTelephoneDetaille } from "./motifTelephone";

/** Numéros presque canoniques : préfixe, chiffres (parfois un zéro en tête), parfois un séparateur ou une lettre. */
const prefixe = fc.constantFrom("+33", "0", "00", "+", "+3", "+330", "33", "", "+262", "+508");
const chiffres = fc.string({ unit: fc.constantFrom("0", "1", "5", "9", " ", ".", "-", "(", "a", "٣"), minLength: 6, maxLength: 12 });

describe("motifTelephone (R-TEL)", () => {
  it("décide des formes canoniques comme l'analyse étape par étape", () => {
    for (const texte of ["+33612345678", "0612345678", "+33012345678", "0012345678", "+3361234567", "061234567", "+336123456789", "06123456789", "+33 612345678"]) {
      expect(motifTelephone(texte), texte).toBe(motifTelephoneDetaille(texte));
    }
    expect(motifTelephone("+33612345678")).toBeNull();
    expect(motifTelephone("+33012345678")).not.toBeNull();
  });

  it("rend le motif de l'analyse étape par étape sur des numéros quelconques", () => {
    fc.assert(
      fc.property(prefixe, chiffres, (p, c) => motifTelephone(p + c) === motifTelephoneDetaille(p + c)),
      { numRuns: 30_000 },
    );
  });

  it("rend le motif de l'analyse étape par étape sur des numéros de chiffres seuls autour de la forme canonique", () => {
    const seulsChiffres = fc.string({ unit: fc.constantFrom("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), minLength: 8, maxLength: 10 });
    fc.assert(
      fc.property(fc.constantFrom("+33", "0", "+", "00", "+0"), seulsChiffres, (p, c) => motifTelephone(p + c) === motifTelephoneDetaille(p + c)),
      { numRuns: 30_000 },
    );
  });

  it("rend le motif de l'analyse étape par étape sur chaque téléphone du jeu de démonstration", () => {
    const numeros = [...demo.matchAll(/"telephone":"([^"]*)"/g)].map((m) => m[1] as string);
    expect(numeros.length).toBeGreaterThan(100);
    for (const texte of numeros) expect(motifTelephone(texte)).toBe(motifTelephoneDetaille(texte));
  });
});
