// Lecture par lots (un tableau par morceau lu) : mêmes enregistrements, même ordre et même
// provenance que la lecture enregistrement par enregistrement, quel que soit le découpage du flux.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { controlerFichiers, controlerFichiersParLots } from "./controlerFichiers";
import type { EnregistrementLu } from "./EnregistrementLu";
import { lireEnregistrementsFlux, lireEnregistrementsParLots } from "./lireEnregistrements";

async function* morceaux(octets: Uint8Array, coupures: readonly number[]): AsyncGenerator<Uint8Array> {
  let debut = 0;
  for (const c of [...new Set(coupures.map((x) => x % (octets.length + 1)))].sort((a, b) => a - b)) {
    if (c > debut) yield octets.slice(debut, c);
    debut = Math.max(debut, c);
  }
  if (debut < octets.length) yield octets.slice(debut);
}

const fragment = fc.constantFrom('{"a":1}', '{"b":"é"}', "[", "]", ",", "{", "}", "\n", "\r\n", "\r", " ", "\uFEFF", '{"c":[1,2', "null", '"x"');
const contenu = fc.array(fc.oneof({ arbitrary: fragment.map((t) => new TextEncoder().encode(t)), weight: 9 }, { arbitrary: fc.constantFrom(Uint8Array.of(0xe9), Uint8Array.of(0xc3), Uint8Array.of(0xff)), weight: 1 }), { minLength: 1, maxLength: 30 }).map((l) => Uint8Array.from(l.flatMap((o) => [...o])));

describe("lireEnregistrementsParLots", () => {
  it("lots non vides, au plus un par morceau (plus la fin) ; mis bout à bout, ce sont les enregistrements de lireEnregistrementsFlux", async () => {
    await fc.assert(
      fc.asyncProperty(contenu, fc.array(fc.nat(), { maxLength: 12 }), fc.boolean(), fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }), async (octets, coupures, lignesSeulement, tailleMax) => {
        const options = { nom: "f", lignesSeulement, ...(tailleMax === undefined ? {} : { tailleMaxEnregistrement: tailleMax }) };
        const attendus: EnregistrementLu[] = [];
        for await (const lu of lireEnregistrementsFlux(morceaux(octets, coupures), options)) attendus.push(lu);
        const lots: EnregistrementLu[][] = [];
        let nombreMorceaux = 0;
        for await (const _ of morceaux(octets, coupures)) nombreMorceaux++;
        for await (const lot of lireEnregistrementsParLots(morceaux(octets, coupures), options)) lots.push(lot);
        expect(lots.every((l) => l.length > 0)).toBe(true);
        expect(lots.length).toBeLessThanOrEqual(nombreMorceaux + 1);
        expect(lots.flat()).toEqual(attendus);
      }),
      { numRuns: 300 },
    );
  });
});

describe("controlerFichiersParLots", () => {
  it("mis bout à bout, les lots sont les résultats de controlerFichiers (index, provenance, statut, constats, contrat)", async () => {
    const dossier = mkdtempSync(join(tmpdir(), "opco-lots-"));
    const contrat = { apprenti: { nom: "MARTIN", prenom: "Léa", dateNaissance: "2007-03-14" }, contrat: { dateDebutContrat: "2025-09-01" } };
    // 400 lignes d'environ 900 octets : plusieurs morceaux de 64 Kio, des lignes coupées entre deux morceaux.
    const lignes = Array.from({ length: 400 }, (_, i) => (i % 97 === 5 ? '{"tronque":' : JSON.stringify({ ...contrat, rang: i, remplissage: "x".repeat(800) })));
    const a = join(dossier, "a.jsonl");
    const b = join(dossier, "b.json");
    writeFileSync(a, `${lignes.join("\n")}\n`);
    writeFileSync(b, `[${JSON.stringify(contrat)},\n{"x":\n]`);
    const contexte = { dateEvaluation: "2025-11-03" };
    const attendus = [];
    for await (const e of controlerFichiers([a, b], contexte)) attendus.push(e);
    const lots = [];
    for await (const lot of controlerFichiersParLots([a, b], contexte)) lots.push(lot);
    expect(lots.length).toBeGreaterThan(2); // plusieurs morceaux de 64 Kio
    expect(lots.every((l) => l.length > 0)).toBe(true);
    expect(lots.flat()).toEqual(attendus);
    expect(attendus.map((e) => e.resultat.index)).toEqual(Array.from({ length: attendus.length }, (_, i) => i + 1));
  });
});
