// Issue 13, défauts 4 et 5 : un enregistrement forgé n'interrompt pas la lecture du format standard,
// et le JSON Lines (toutes fins de ligne) est lu enregistrement par enregistrement.
import { croissanceTas } from "@communs-opco/test-support";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { adaptateurStandard } from "./adaptateurStandard.js";
import { collecterLecture } from "./collecterLecture.js";
import { encoderTexte } from "./encoderTexte.js";
import { profondeurJsonExcede } from "./profondeurJsonExcede.js";

/** Borne de croissance du tas retenu après la suite de fuzz (mesurée après ramassage des miettes, sans mesure de temps). */
const BORNE_TAS = 16 * 1024 * 1024;

const octets = (t: string) => encoderTexte(t);
const contrat = (nom: string) => JSON.stringify({ apprenti: { nom } });

describe("format standard : robustesse", () => {
  it("un élément imbriqué sur 5 000 niveaux est illisible et situé ; les autres sont lus", async () => {
    const profond = `${'{"a":'.repeat(5000)}1${"}".repeat(5000)}`;
    const bilan = await collecterLecture(adaptateurStandard.lire({ nom: "p.json", octets: octets(`[${contrat("A")},${profond},${contrat("B")}]`) }));
    expect(bilan).toMatchObject({ total: 3, lus: 2, illisibles: 1 });
    expect(bilan.erreurs[0]).toMatchObject({ code: "enregistrement_invalide", source: { fichier: "p.json", pointeur: "/1" } });
    expect(bilan.erreurs[0]?.message).toContain("trop profonde");
  });

  it("JSON Lines avec fins de ligne LF, CR LF et CR seul : un enregistrement par ligne, ligne invalide située", async () => {
    for (const fin of ["\n", "\r\n", "\r"]) {
      const texte = [contrat("A"), contrat("B"), '{"apprenti": ', contrat("C")].join(fin) + fin;
      const bilan = await collecterLecture(adaptateurStandard.lire({ nom: "c.jsonl", octets: octets(texte) }));
      expect(bilan, JSON.stringify(fin)).toMatchObject({ total: 4, lus: 3, illisibles: 1 });
      expect(bilan.erreurs[0]?.source.ligne).toBe(3);
    }
  });

  it("profondeurJsonExcede : limite exacte (n niveaux acceptés, n + 1 refusés), sans récursion", () => {
    expect(profondeurJsonExcede({ a: { b: 1 } }, 2)).toBe(false);
    expect(profondeurJsonExcede({ a: { b: [1] } }, 2)).toBe(true);
    let v: unknown = 1;
    for (let i = 0; i < 100_000; i++) v = [v];
    expect(profondeurJsonExcede(v)).toBe(true);
  });

  it("fuzz (graine fixe) : aucune exception ne s'échappe et lus + illisibles = total pour tout texte ; tas retenu borné", async () => {
    const croissance = await croissanceTas(async () => {
      const morceau = fc.oneof(fc.constantFrom("{", "}", "[", "]", ",", ":", '"', "\n", "\r", '"apprenti"', '"__proto__"', '"constructor"', "null", "1", contrat("X")), fc.string({ maxLength: 6 }));
      await fc.assert(
        fc.asyncProperty(fc.array(morceau, { maxLength: 40 }), async (morceaux) => {
          const bilan = await collecterLecture(adaptateurStandard.lire({ nom: "f.json", octets: octets(morceaux.join("")) }));
          expect(bilan.lus + bilan.illisibles).toBe(bilan.total);
        }),
        { numRuns: 300 }, // graine fixe de vitest.setup.ts
      );
    });
    expect(croissance).toBeLessThan(BORNE_TAS);
  });
});
