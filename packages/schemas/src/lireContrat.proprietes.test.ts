import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contratExemple } from "./exemples/contratExemple.js";
import { lireContrat } from "./lireContrat.js";
import { lireDossier } from "./lireDossier.js";
import { lireEffectif } from "./lireEffectif.js";

describe("propriétés des lecteurs", () => {
  it("ne lèvent jamais d'exception et donnent soit une valeur, soit au moins une erreur localisée", () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (donnees) => {
        for (const lire of [lireContrat, lireDossier, lireEffectif]) {
          const resultat = lire(donnees);
          if (!resultat.ok) {
            expect(resultat.erreurs.length).toBeGreaterThan(0);
            for (const erreur of resultat.erreurs) expect(typeof erreur.message).toBe("string");
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("ne perdent aucun champ inconnu : chacun se retrouve dans extensions avec un avertissement", () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string({ minLength: 1 }).filter((cle) => !(cle in contratExemple) && cle !== "extensions" && !["alternant", "detailsContrat", "organismeFormationResponsable"].includes(cle)),
          fc.oneof(fc.integer(), fc.string({ minLength: 1 }).filter((t) => t.trim() !== ""), fc.boolean()),
          { maxKeys: 5 },
        ),
        (champs) => {
          const resultat = lireContrat({ ...JSON.parse(JSON.stringify(contratExemple)), ...champs });
          expect(resultat.ok).toBe(true);
          if (!resultat.ok) return;
          expect(resultat.contrat.extensions ?? {}).toEqual(champs);
          expect(resultat.avertissements.map((a) => a.chemin).sort()).toEqual(Object.keys(champs).sort());
        },
      ),
      { numRuns: 200 },
    );
  });

  it("garde une clé « __proto__ » reçue comme une donnée, sous le nom [__proto__]", () => {
    const resultat = lireContrat(JSON.parse('{"__proto__": {"pollue": true}, "apprenti": {"nom": "MARTIN"}}'));
    expect(resultat.ok).toBe(true);
    if (!resultat.ok) return;
    expect(resultat.contrat.extensions).toEqual({ "[__proto__]": { pollue: true } });
    expect(({} as Record<string, unknown>)["pollue"]).toBeUndefined();
  });
});

describe("noms de propriétés d'Object.prototype reçus en données", () => {
  it("ne sont ni des alias ni des correspondances de codes", () => {
    const resultat = lireContrat({ constructor: 1, toString: "x", apprenti: { sexe: "toString", hasOwnProperty: true } });
    expect(resultat.ok).toBe(false);
    if (resultat.ok) return;
    expect(resultat.erreurs.map((e) => e.chemin)).toEqual(["apprenti.sexe"]);
  });

  it("un dossier apprenant v3 avec une clé « constructor » reste lisible", () => {
    const resultat = lireEffectif({ nom_apprenant: "A", constructor: "x" });
    expect(resultat.ok && resultat.valeur.extensions).toEqual({ constructor: "x" });
  });
});
