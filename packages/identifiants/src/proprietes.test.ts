import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detecterTypeIdentifiant } from "./detecterTypeIdentifiant";
import { cleNir } from "./nir";
import { TYPES_IDENTIFIANT } from "./TypeIdentifiant";
import { verifierIdentifiant } from "./verifierIdentifiant";

const saisieLibre = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.stringMatching(/^[0-9A-Za-z .\-]{0,20}$/),
);

describe("propriétés de tous les contrôles", () => {
  it("ne lèvent jamais d'exception et renvoient toujours un résultat bien formé", () => {
    fc.assert(
      fc.property(fc.constantFrom(...TYPES_IDENTIFIANT), saisieLibre, (type, valeur) => {
        const resultat = verifierIdentifiant(type, valeur);
        if (resultat.valide) expect(typeof resultat.normalise).toBe("string");
        else {
          expect(resultat.erreurs.length).toBeGreaterThan(0);
          for (const erreur of resultat.erreurs) expect(erreur.code.startsWith(`${type}.`)).toBe(true);
        }
        expect(() => detecterTypeIdentifiant(valeur)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });

  it("sont idempotents : la forme normalisée d'une valeur valide est valide et inchangée", () => {
    fc.assert(
      fc.property(fc.constantFrom(...TYPES_IDENTIFIANT), saisieLibre, (type, valeur) => {
        const premier = verifierIdentifiant(type, valeur);
        // Chaque cas généré est vérifié : une saisie refusée l'est avec au moins une erreur, et de façon stable.
        if (!premier.valide) {
          expect(premier.erreurs.length).toBeGreaterThan(0);
          expect(verifierIdentifiant(type, valeur)).toEqual(premier);
          return;
        }
        expect(verifierIdentifiant(type, premier.normalise)).toEqual(premier);
      }),
      { numRuns: 3000 },
    );
  });

  it("sont idempotents sur des identifiants valides générés (SIRET, UAI, NIR)", () => {
    const chiffres = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));
    const siret = chiffres(13).map((debut) => {
      for (let cle = 0; cle <= 9; cle++) {
        const candidat = `${debut}${cle}`;
        if (verifierIdentifiant("siret", candidat).valide) return candidat;
      }
      throw new Error("aucune clé de Luhn trouvée");
    });
    const uai = chiffres(7).map((debut) => `${debut}${"ABCDEFGHJKLMNPRSTUVWXYZ"[Number(debut) % 23]}`);
    const nir = fc
      .tuple(fc.constantFrom("1", "2", "7", "8"), chiffres(2), fc.constantFrom("01", "06", "12", "30", "62"), fc.constantFrom("75", "2A", "2B", "99"), chiffres(6))
      .map(([sexe, annee, mois, dep, fin]) => {
        const nir13 = `${sexe}${annee}${mois}${dep}${fin}`;
        return `${nir13}${cleNir(nir13)}`;
      });
    fc.assert(
      fc.property(fc.oneof(siret.map((v) => ["siret", v] as const), uai.map((v) => ["uai", v] as const), nir.map((v) => ["nir", v] as const)), ([type, valeur]) => {
        const resultat = verifierIdentifiant(type, valeur);
        expect(resultat).toEqual({ valide: true, normalise: valeur });
        expect(detecterTypeIdentifiant(valeur)[0]).toBe(type);
      }),
      { numRuns: 1000 },
    );
  });
});
