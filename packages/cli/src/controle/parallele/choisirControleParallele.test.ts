import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { choisirControleParallele, SEUIL_PARALLELE } from "./choisirControleParallele";

const dossier = mkdtempSync(join(tmpdir(), "opco-choisir-parallele-"));
afterAll(() => rmSync(dossier, { recursive: true, force: true }));

/** Fichier creux de la taille donnée (aucun octet écrit sur le disque). */
function fichier(nom: string, taille: number): string {
  const chemin = join(dossier, nom);
  writeFileSync(chemin, "");
  truncateSync(chemin, taille);
  return chemin;
}

describe("choisirControleParallele", () => {
  it("un seul fil en deçà de 8 Mio, plusieurs à partir de 8 Mio, morceaux de 1 Mio", () => {
    expect(SEUIL_PARALLELE).toBe(8 * 1024 * 1024);
    expect(choisirControleParallele({ fils: "2", fichiers: [fichier("petit.jsonl", SEUIL_PARALLELE - 1)] })).toBeUndefined();
    expect(choisirControleParallele({ fils: "2", fichiers: [fichier("seuil.jsonl", SEUIL_PARALLELE)] })).toEqual({ fils: 2, tailleMorceau: 1024 * 1024 });
    expect(choisirControleParallele({ fils: "2", fichiers: [fichier("moyen.jsonl", 20 * 1024 * 1024)] })).toEqual({ fils: 2, tailleMorceau: 1024 * 1024 });
    expect(choisirControleParallele({ fils: "2", fichiers: [fichier("gros.jsonl", 64 * 1024 * 1024)] })).toEqual({ fils: 2, tailleMorceau: 1024 * 1024 });
    // Deux fichiers sous le seuil chacun, au-dessus ensemble : le volume total compte.
    expect(choisirControleParallele({ fils: "2", fichiers: [fichier("a.jsonl", SEUIL_PARALLELE / 2), fichier("b.jsonl", SEUIL_PARALLELE / 2)] })).toEqual({ fils: 2, tailleMorceau: 1024 * 1024 });
  });

  it("un seul fil avec --fils 1, --format, un mode en ligne ou un fichier qui n'est pas du JSON Lines ; --morceau-octets lève le seuil", () => {
    const gros = fichier("lot.jsonl", SEUIL_PARALLELE);
    expect(choisirControleParallele({ fils: "1", fichiers: [gros] })).toBeUndefined();
    expect(choisirControleParallele({ fils: "2", format: "auto", fichiers: [gros] })).toBeUndefined();
    expect(choisirControleParallele({ fils: "2", referentiel: "mixte", fichiers: [gros] })).toBeUndefined();
    expect(choisirControleParallele({ fils: "2", fichiers: [fichier("lot.json", SEUIL_PARALLELE)] })).toBeUndefined();
    expect(choisirControleParallele({ fils: "2", morceauOctets: "16384", fichiers: [fichier("minuscule.jsonl", 100)] })).toEqual({ fils: 2, tailleMorceau: 16384 });
    expect(() => choisirControleParallele({ fils: "0", fichiers: [gros] })).toThrow(/--fils/);
  });
});
