import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { neutraliserTexte } from "../sorties/neutraliserTexte";
import { masquerDonneesPersonnelles } from "./masquerDonneesPersonnelles";
import { protegerTexte } from "./protegerResultat";

/** Fragments qui déclenchent (ou frôlent) chaque masque : NIR, dates de naissance, courriels, téléphones, caractères de contrôle. */
const FRAGMENTS = ["né le ", "naissance : ", "DDN ", "14/03/2007", "2007-03-14", "1 84 12 76 451 089 46", "2A", "lea@example.fr", "@", "+33 6 12 34 56 78", "06.12.34.56.78", "+262 692 12 34 56", "\u001b[31m", "\u202e", "\n", " ", "é", "Ｌ", "٣", "SIRET 80123456700015", "mois"];

describe("protegerTexte", () => {
  it("rend exactement la neutralisation puis le masquage, qu'un texte soit déjà connu ou non, avec ou sans chiffres", () => {
    const texte = fc.oneof(fc.string({ maxLength: 40 }), fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 8 }).map((f) => f.join("")), fc.string({ minLength: 250, maxLength: 400 }));
    fc.assert(
      fc.property(texte, fc.boolean(), (t, enClair) => {
        const attendu = enClair ? neutraliserTexte(t) : masquerDonneesPersonnelles(neutraliserTexte(t));
        // Deux appels : le second sert la mémoire des textes déjà protégés.
        expect(protegerTexte(t, enClair)).toBe(attendu);
        expect(protegerTexte(t, enClair)).toBe(attendu);
      }),
      { numRuns: 3000, seed: 12 },
    );
  });

  it("la mémoire reste bornée et juste quand elle se vide : des milliers de textes distincts", () => {
    for (let i = 0; i < 10_000; i++) {
      const t = `né le ${String(1 + (i % 28))}/03/${String(1990 + (i % 30))} ref ${String(i)}`;
      expect(protegerTexte(t, false)).toBe(masquerDonneesPersonnelles(t));
    }
    expect(protegerTexte("lea@example.fr", true)).toBe("lea@example.fr");
    expect(protegerTexte("lea@example.fr", false)).toBe("l***@example.fr");
  });

  it("textes longs (messages des vérifications avant paiement) : retenus jusqu'à 4 096 caractères, masqués pareil, mémoire bornée", () => {
    const source = "détail de la source consultée ".repeat(10);
    for (let passage = 0; passage < 2; passage++) {
      for (let i = 0; i < 2_500; i++) {
        const t = `Apprenti né le 14/03/2007, NIR 1 78 05 69 123 045 19, contrat ${String(i)} : ${source}`;
        expect(t.length).toBeGreaterThan(256);
        expect(protegerTexte(t, false)).toBe(masquerDonneesPersonnelles(t));
        expect(protegerTexte(t, false)).not.toContain("14/03");
        expect(protegerTexte(t, true)).toBe(t);
      }
    }
    const tresLong = `courriel lea@example.fr ${"x".repeat(5000)}`;
    expect(protegerTexte(tresLong, false)).toBe(masquerDonneesPersonnelles(tresLong));
    expect(protegerTexte(tresLong, false)).not.toContain("lea@example.fr");
  });
});
