import { Zip, ZipDeflate, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { controlerArchiveZip } from "./controlerArchiveZip.js";

/** Archive ZIP dont une entrée fait `mio` Mio de zéros, compressée en flux (jamais en mémoire d'un bloc). */
function bombe(mio: number): Uint8Array {
  const morceaux: Uint8Array[] = [];
  const zip = new Zip((erreur, donnees) => {
    if (erreur === null) morceaux.push(donnees);
  });
  const entree = new ZipDeflate("xl/worksheets/sheet1.xml", { level: 1 });
  zip.add(entree);
  const zeros = new Uint8Array(1_048_576);
  for (let i = 0; i < mio; i++) entree.push(zeros, i === mio - 1);
  zip.end();
  const total = morceaux.reduce((n, m) => n + m.length, 0);
  const octets = new Uint8Array(total);
  let position = 0;
  for (const m of morceaux) {
    octets.set(m, position);
    position += m.length;
  }
  return octets;
}

/** Octets d'un texte ASCII. */
const ascii = (texte: string): Uint8Array => Uint8Array.from(texte, (c) => c.charCodeAt(0));

describe("controlerArchiveZip", () => {
  it("archive ordinaire : acceptée, avec le nombre d'entrées et la taille décompressée", () => {
    const texte = ascii("<worksheet>donnees</worksheet>");
    expect(controlerArchiveZip(zipSync({ "a.xml": texte, "b.xml": texte }))).toEqual({ ok: true, entrees: 2, tailleDecompressee: 2 * texte.length });
  });

  it("bombe de décompression (Mio de zéros compressés en quelques Kio) : refusée pendant la décompression", () => {
    const octets = bombe(3);
    expect(octets.length).toBeLessThan(20_000);
    expect(controlerArchiveZip(octets)).toEqual({ ok: false, raison: "archive ZIP refusée : entrée « xl/worksheets/sheet1.xml » compressée plus de 200 fois (bombe de décompression ?)" });
    // rapport de compression non limité : la taille par entrée arrête la décompression
    expect(controlerArchiveZip(octets, { ratioMax: Number.POSITIVE_INFINITY, tailleEntreeMax: 2_097_152 })).toEqual({ ok: false, raison: "archive ZIP refusée : entrée « xl/worksheets/sheet1.xml » de plus de 2097152 octets décompressés (bombe de décompression ?)" });
    expect(controlerArchiveZip(octets, { ratioMax: Number.POSITIVE_INFINITY })).toEqual({ ok: true, entrees: 1, tailleDecompressee: 3_145_728 });
  });

  it("limites du nombre d'entrées et de la taille totale, à la limite et un au-delà", () => {
    const un = new Uint8Array(10);
    const quatre = zipSync({ a: un, b: un, c: un, d: un });
    expect(controlerArchiveZip(quatre, { entreesMax: 4 })).toMatchObject({ ok: true, entrees: 4 });
    expect(controlerArchiveZip(quatre, { entreesMax: 3 })).toEqual({ ok: false, raison: "archive ZIP refusée : plus de 3 entrées" });
    expect(controlerArchiveZip(quatre, { tailleTotaleMax: 40 })).toMatchObject({ ok: true, tailleDecompressee: 40 });
    expect(controlerArchiveZip(quatre, { tailleTotaleMax: 39 })).toEqual({ ok: false, raison: "archive ZIP refusée : plus de 39 octets décompressés au total (bombe de décompression ?)" });
  });

  it("octets qui ne sont pas une archive : refus, jamais d'exception", () => {
    expect(controlerArchiveZip(ascii("nom;prenom\nDUPUIS;Gaston\n"))).toMatchObject({ ok: false });
    expect(controlerArchiveZip(new Uint8Array(0))).toMatchObject({ ok: false });
  });
});
