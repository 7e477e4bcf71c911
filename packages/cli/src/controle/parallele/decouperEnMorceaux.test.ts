import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lireEnregistrements, lireEnregistrementsFlux } from "../lireEnregistrements";
import { decouperEnMorceaux } from "./decouperEnMorceaux";
import { tranchesLecture } from "./tranchesLecture";

const dossier = mkdtempSync(join(tmpdir(), "opco-morceaux-"));

/** Enregistrements (ligne, lisible ou raison) d'une lecture séquentielle. */
async function sequentiel(chemin: string): Promise<string[]> {
  const lus: string[] = [];
  for await (const lu of lireEnregistrements(chemin, { nom: "f.jsonl" })) lus.push(`${String(lu.source.ligne)}:${lu.ok ? JSON.stringify(lu.valeur) : lu.erreur}`);
  return lus;
}

/** Même lecture par morceaux, comme un fil de calcul : lecture de chaque morceau, lignes décalées. */
async function parMorceaux(chemin: string, tailleMorceau: number): Promise<{ lus: string[]; rangs: number[] }> {
  const lus: string[] = [];
  const rangs: number[] = [];
  for await (const m of decouperEnMorceaux(chemin, "f.jsonl", { tailleMorceau, rangAvant: 0, tailleMax: 64 * 1024 * 1024 })) {
    let n = 0;
    for await (const lu of lireEnregistrementsFlux(tranchesLecture(new Uint8Array(m.octets, 0, m.longueur)), { nom: "f.jsonl", lignesSeulement: true })) {
      n++;
      lus.push(`${String(m.ligneAvant + lu.source.ligne)}:${lu.ok ? JSON.stringify(lu.valeur) : lu.erreur}`);
    }
    expect(n).toBe(m.enregistrements);
    rangs.push(m.rangAvant);
  }
  return { lus, rangs };
}

const CAS: Record<string, string | Uint8Array> = {
  "fins LF, lignes vides et blanches, dernière ligne sans fin": '{"a":1}\n\n  \t\n{"a":2}\n{"a":3}\n{"a":4}',
  "fins CR LF": '{"a":1}\r\n{"a":2}\r\n\r\n{"a":3}\r\n',
  "fins CR seules (anciens Mac)": '{"a":1}\r{"a":2}\r\r{"a":3}\r{"a":4}\r',
  "BOM, espace insécable seule, JSON invalide, ligne tronquée": '\uFEFF{"a":1}\n\u00A0\n{"a":\n{"b":"é"}\n{"a":2',
  "octets non UTF-8": new Uint8Array([...Buffer.from('{"a":1}\n{"n":"'), 0xe9, ...Buffer.from('"}\n{"a":2}\n')]),
};

describe("decouperEnMorceaux", () => {
  for (const [nom, contenu] of Object.entries(CAS)) {
    it(`mêmes enregistrements, lignes et rangs que la lecture séquentielle : ${nom}`, async () => {
      const chemin = join(dossier, `${nom.replace(/\W+/g, "-")}.jsonl`);
      writeFileSync(chemin, contenu);
      const attendu = await sequentiel(chemin);
      for (const taille of [1, 3, 8, 64, 1 << 16]) {
        const { lus } = await parMorceaux(chemin, taille);
        expect(lus, `morceaux de ${String(taille)} octets`).toEqual(attendu);
      }
    });
  }

  it("découpe un gros fichier en morceaux alignés sur les lignes, chacun avec son propre ArrayBuffer", async () => {
    const chemin = join(dossier, "gros.jsonl");
    const lignes = Array.from({ length: 2000 }, (_, i) => JSON.stringify({ i, texte: "x".repeat(i % 97) }));
    writeFileSync(chemin, `${lignes.join("\n")}\n`);
    const tampons = new Set<ArrayBuffer>();
    let total = 0;
    for await (const m of decouperEnMorceaux(chemin, "gros.jsonl", { tailleMorceau: 8192, rangAvant: 10 })) {
      expect(m.rangAvant).toBe(10 + total);
      expect(new Uint8Array(m.octets, 0, m.longueur).at(-1)).toBe(0x0a);
      tampons.add(m.octets);
      total += m.enregistrements;
    }
    expect(total).toBe(2000);
    expect(tampons.size).toBeGreaterThan(10);
    expect((await parMorceaux(chemin, 8192)).lus).toEqual(await sequentiel(chemin));
  });

  it("une ligne démesurée devient un seul enregistrement illisible, la suite est lue comme en séquentiel", async () => {
    const chemin = join(dossier, "demesuree.jsonl");
    // Plus longue que les tranches de lecture (64 Kio) et que la limite d'un enregistrement (100 000 caractères).
    writeFileSync(chemin, `{"a":1}\n{"long":"${"y".repeat(400_000)}"}\n{"a":2}\n`);
    const lus: string[] = [];
    for await (const m of decouperEnMorceaux(chemin, "f.jsonl", { tailleMorceau: 4096, rangAvant: 0, tailleMax: 300_000 })) {
      for await (const lu of lireEnregistrementsFlux(tranchesLecture(new Uint8Array(m.octets, 0, m.longueur)), { nom: "f.jsonl", lignesSeulement: true, tailleMaxEnregistrement: 100_000 })) {
        lus.push(`${String(m.ligneAvant + lu.source.ligne)}:${lu.ok ? "ok" : lu.erreur}`);
      }
    }
    const attendu: string[] = [];
    for await (const lu of lireEnregistrements(chemin, { nom: "f.jsonl", tailleMaxEnregistrement: 100_000 })) attendu.push(`${String(lu.source.ligne)}:${lu.ok ? "ok" : lu.erreur}`);
    expect(lus).toEqual(attendu);
    expect(lus[1]).toMatch(/^2:ligne trop longue/);
    expect(lus).toHaveLength(3);
  });
});
