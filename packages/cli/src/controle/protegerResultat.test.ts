import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { neutraliserTexte } from "../sorties/neutraliserTexte";
import { masquerDonneesPersonnelles } from "./masquerDonneesPersonnelles";
import { protegerResultat, protegerTexte, protegerValeur } from "./protegerResultat";
import type { ResultatControle } from "./ResultatControle";

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

/** Protection d'un résultat par copie intégrale (la lecture d'origine) : la référence du JSON attendu. */
function protegerParCopie(resultat: ResultatControle, enClair: boolean): ResultatControle {
  return {
    ...resultat,
    source: { ...resultat.source, fichier: neutraliserTexte(resultat.source.fichier) },
    constats: resultat.constats.map((c) => ({ ...c, message: protegerTexte(c.message, enClair), details: protegerValeur(c.details, enClair) as typeof c.details })),
    ...(resultat.raison === undefined ? {} : { raison: protegerTexte(resultat.raison, enClair) }),
  };
}

describe("protegerResultat", () => {
  it("écrit exactement le même JSON que la protection par copie intégrale, et ne copie rien de ce qui ne change pas", () => {
    const texte = fc.oneof(fc.string({ maxLength: 20 }), fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 4 }).map((f) => f.join("")));
    // Détails hostiles : clés et valeurs à masquer ou non, imbrication profonde, tableaux creux, dates, objets sans prototype, clé __proto__.
    const { detail } = fc.letrec((tie) => ({
      detail: fc.oneof(
        { depthSize: "small", withCrossShrink: true },
        texte,
        fc.integer(),
        fc.constantFrom(null, true, undefined, Number.NaN, new Date(0)),
        fc.array(tie("detail"), { maxLength: 4 }),
        fc.dictionary(texte, tie("detail"), { maxKeys: 4 }),
        fc.dictionary(texte, tie("detail"), { maxKeys: 3 }).map((o) => Object.assign(Object.create(null) as object, o)),
        tie("detail").map((v) => JSON.parse(`{"__proto__":${JSON.stringify(v) ?? "null"}}`) as unknown),
      ),
    }));
    const profond = fc.nat(30).map((n) => {
      let v: unknown = "lea@example.fr";
      for (let i = 0; i < n; i++) v = i % 2 === 0 ? [v] : { niveau: v };
      return v;
    });
    const constat = fc.record({ regle: fc.constantFrom("a.b", "prepaiement.qualiopi"), severite: fc.constant("bloquant"), statut: fc.constant("non_conforme"), chemins: fc.constant(["x"]), message: texte, references: fc.constant([]), parametres: fc.constant([]), details: fc.oneof(detail, profond, fc.constant(undefined)) });
    const resultat = fc.record({
      index: fc.nat(),
      source: fc.record({ fichier: fc.constantFrom("a.jsonl", "b\u001b.jsonl", "c\u202e.jsonl"), ligne: fc.nat() }),
      statut: fc.constant("non_conforme" as const),
      constats: fc.array(constat, { maxLength: 4 }),
      raison: fc.option(texte, { nil: undefined }),
    });
    fc.assert(
      fc.property(resultat, fc.boolean(), (r, enClair) => {
        const brut = r as unknown as ResultatControle;
        const publie = protegerResultat(brut, enClair);
        expect(JSON.stringify(publie)).toBe(JSON.stringify(protegerParCopie(brut, enClair)));
        // Constat inchangé par la protection : rendu lui-même.
        brut.constats.forEach((c, i) => {
          if (JSON.stringify(c) === JSON.stringify(protegerParCopie({ ...brut, constats: [c] }, enClair).constats[0])) expect(publie.constats[i]).toBe(c);
        });
      }),
      { numRuns: 1500, seed: 6 },
    );
  });
});

