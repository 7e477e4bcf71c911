// Issue 13, défauts 4 et 5 : fuzz du lecteur de « opco controle » (graine fixe de vitest.setup.ts).
// Pour chaque fichier généré : aucune exception ne s'échappe et autant de résultats que
// d'enregistrements présents (valides lus, cassés illisibles), quelles que soient les fins de ligne.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { croissanceTas } from "@communs-opco/test-support";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EnregistrementLu } from "./EnregistrementLu";
import { lireEnregistrements } from "./lireEnregistrements";

const dossier = mkdtempSync(join(tmpdir(), "opco-fuzz-"));
let compteur = 0;
/** Borne de croissance du tas retenu après la suite de fuzz (mesurée après ramassage des miettes, sans mesure de temps). */
const BORNE_TAS = 16 * 1024 * 1024;

async function lire(contenu: string | Buffer, extension: string): Promise<EnregistrementLu[]> {
  compteur += 1;
  const chemin = join(dossier, `f${String(compteur)}${extension}`);
  writeFileSync(chemin, contenu);
  const lus: EnregistrementLu[] = [];
  for await (const lu of lireEnregistrements(chemin, { nom: "f", tailleMaxEnregistrement: 4096 })) lus.push(lu);
  return lus;
}

const texte = fc.string({ maxLength: 8 }).map((t) => t.replace(/[\r\n]/g, " "));
const valide = fc.record({ nom: texte, n: fc.integer(), l: fc.array(fc.record({ x: texte }), { maxLength: 2 }) }).map((v) => JSON.stringify(v));
/** Enregistrement cassé : accolade fermante ou guillemet manquant (JSON invalide, jamais complet). */
const casse = fc.oneof(
  valide.map((t) => t.slice(0, -1)),
  texte.map((t) => `{"nom":"${t.replace(/["\\]/g, "")}`),
);
const enregistrement = fc.oneof({ arbitrary: valide.map((t) => ({ t, ok: true })), weight: 3 }, { arbitrary: casse.map((t) => ({ t, ok: false })), weight: 1 });
const fin = fc.constantFrom("\n", "\r\n", "\r");

describe("lireEnregistrements : fuzz (graine fixe)", () => {
  it("JSON Lines : un résultat par ligne non vide, valides lus et cassés illisibles, toutes fins de ligne", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(enregistrement, { minLength: 1, maxLength: 12 }), fin, async (liste, saut) => {
        const lus = await lire(liste.map((e) => e.t).join(saut) + saut, ".jsonl");
        expect(lus.map((l) => l.ok)).toEqual(liste.map((e) => e.ok));
        expect(lus.map((l) => l.source.ligne)).toEqual(liste.map((_, i) => i + 1));
      }),
      { numRuns: 120 },
    );
  });

  it("tableau JSON, un élément par ligne : un élément cassé n'avale pas les suivants", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(enregistrement, { minLength: 1, maxLength: 12 }), fin, async (liste, saut) => {
        const lus = await lire(`[${saut}${liste.map((e) => e.t).join(`,${saut}`)}${saut}]${saut}`, ".json");
        expect(lus.map((l) => l.ok)).toEqual(liste.map((e) => e.ok));
        expect(lus.map((l) => l.source.ligne)).toEqual(liste.map((_, i) => i + 2));
      }),
      { numRuns: 120 },
    );
  });

  it("octets quelconques : aucune exception, chaque résultat situé sur une ligne existante ; tas retenu borné", async () => {
    const croissance = await croissanceTas(async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.constantFrom(".json", ".jsonl"), async (octets, extension) => {
          const contenu = Buffer.from(octets);
          const lus = await lire(contenu, extension);
          const lignes = contenu.toString("latin1").split(/\r\n|\r|\n/).length;
          for (const l of lus) {
            expect(l.source.ligne).toBeGreaterThanOrEqual(1);
            expect(l.source.ligne).toBeLessThanOrEqual(lignes + 1);
          }
        }),
        { numRuns: 150 },
      );
    });
    expect(croissance).toBeLessThan(BORNE_TAS);
  });
});
