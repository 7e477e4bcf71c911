import fc from "fast-check";
import { describe, expect, it } from "vitest";
import demo from "../../../cli/data/contrats-demo.jsonl?raw";
import { FORME_MINIMALE_COURRIEL, SYNTAXE_COURRIEL, syntaxeCourriel } from "./syntaxeCourriel";

/** Définition de la règle : forme minimale (étape 1) puis syntaxe (étape 2), par ses expressions. */
const definition = (texte: string): boolean => FORME_MINIMALE_COURRIEL.test(texte) && SYNTAXE_COURRIEL.test(texte);

/** Caractères qui changent la décision : ceux des atomes, des étiquettes, séparateurs, espaces, hors ASCII. */
const caracteres = fc.constantFrom(..."aZ09!#$%&'*+/=?^_`{|}~-.@ \t\n\u00a0é\u0000\"(),:;<>[\\]".split(""));
/** Adresses presque valides : partie locale en atomes, étiquettes de domaine, extension, chacune parfois fautive. */
const atome = fc.string({ unit: fc.constantFrom("a", "b", "c", "Z", "0", "!", "~", "-", "é", " "), maxLength: 4 });
const etiquette = fc.oneof(fc.string({ unit: fc.constantFrom("a", "b", "c", "Z", "0", "-", "_"), maxLength: 5 }), fc.constantFrom("x".repeat(63), "y".repeat(64)));
const extension = fc.oneof(fc.string({ unit: fc.constantFrom("a", "b", "c", "Z", "1", "-"), maxLength: 4 }), fc.constantFrom("f".repeat(63), "g".repeat(64)));
const adresse = fc
  .tuple(fc.array(atome, { minLength: 1, maxLength: 3 }), fc.array(etiquette, { maxLength: 3 }), extension, fc.constantFrom("@", "@", "@", "@@", ""))
  .map(([atomes, etiquettes, fin, arobase]) => `${atomes.join(".")}${arobase}${etiquettes.map((e) => `${e}.`).join("")}${fin}`);

describe("syntaxeCourriel (garde de personnes.courriel.syntaxe)", () => {
  it("décide comme les deux expressions de la règle sur des cas choisis", () => {
    const cas = [
      "prenom.nom@exemple.fr",
      "a@b.co",
      "a@b.c",
      "a@bc",
      "@b.fr",
      "a@.fr",
      "a.@b.fr",
      ".a@b.fr",
      "a..b@c.fr",
      "a@b..fr",
      "a@-b.fr",
      "a@b-.fr",
      "a@b-c.fr",
      "a@@b.fr",
      "a@b@c.fr",
      "a b@c.fr",
      "a@b.fr ",
      "a@b.f1",
      "a@1.fr",
      "a@b.c.d.fr",
      `a@${"x".repeat(63)}.fr`,
      `a@${"x".repeat(64)}.fr`,
      `a@b.${"f".repeat(63)}`,
      `a@b.${"f".repeat(64)}`,
      "!#$%&'*+/=?^_`{|}~-@b.fr",
      "é@b.fr",
      "a@b.fr\n",
      "",
      "@",
      ".",
    ];
    for (const texte of cas) expect(syntaxeCourriel(texte), JSON.stringify(texte)).toBe(definition(texte));
  });

  it("décide comme les deux expressions sur des textes quelconques de ces caractères", () => {
    fc.assert(
      fc.property(fc.string({ unit: caracteres, maxLength: 30 }), (texte) => syntaxeCourriel(texte) === definition(texte)),
      { numRuns: 20_000 },
    );
  });

  it("décide comme les deux expressions sur des adresses presque valides", () => {
    // Le générateur produit aussi des adresses valides (sinon l'équivalence ne prouverait rien).
    const valides = fc.sample(adresse, { numRuns: 5_000, seed: 14 }).filter(definition).length;
    expect(valides).toBeGreaterThan(40);
    fc.assert(
      fc.property(adresse, (texte) => syntaxeCourriel(texte) === definition(texte)),
      { numRuns: 50_000 },
    );
  });

  it("décide comme les deux expressions sur chaque courriel du jeu de démonstration", () => {
    const courriels = demo
      .split("\n")
      .filter((l) => l.trim() !== "")
      .flatMap((l) => [...l.matchAll(/"courriel":"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string));
    expect(courriels.length).toBeGreaterThan(100);
    for (const texte of courriels) expect(syntaxeCourriel(texte.trim())).toBe(definition(texte.trim()));
  });
});
