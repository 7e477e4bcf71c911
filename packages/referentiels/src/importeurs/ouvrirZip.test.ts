import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { decoderEnFlux } from "./decoderEnFlux";
import { ouvrirZip } from "./ouvrirZip";
import { dossierDonneesPartagees } from "@communs-opco/test-support";

const DONNEES = dossierDonneesPartagees();

const dossiers: string[] = [];
afterAll(async () => {
  for (const d of dossiers) await rm(d, { recursive: true, force: true });
});

describe("ouvrirZip (lecture en flux)", () => {
  it("restitue à l'octet près une grosse entrée lue en plusieurs blocs (BCN réel, 2 Mo, Latin-1)", async () => {
    const dossier = await mkdtemp(join(tmpdir(), "zip-"));
    dossiers.push(dossier);
    const original = new Uint8Array(await readFile(`${DONNEES}/bcn/original/N_FORMATION_DIPLOME.csv`));
    const chemin = join(dossier, "bcn.zip");
    await writeFile(chemin, zipSync({ "petit.txt": new TextEncoder().encode("a"), "N_FORMATION_DIPLOME.csv": original }, { level: 6 }));
    const zip = await ouvrirZip(chemin);
    expect(zip.noms).toEqual(["petit.txt", "N_FORMATION_DIPLOME.csv"]);
    const blocs: Uint8Array[] = [];
    for await (const b of zip.lire("N_FORMATION_DIPLOME.csv")) blocs.push(b);
    expect(blocs.length).toBeGreaterThan(1);
    expect(Buffer.concat(blocs).equals(Buffer.from(original))).toBe(true);
    let texte = "";
    for await (const t of decoderEnFlux(zip.lire("N_FORMATION_DIPLOME.csv"))) texte += t;
    expect(texte).toContain("SPECIALITE NON SPECIFIEE");
    expect(texte).toContain("Formation non répertoriée");
  });

  it("normalise les noms d'entrée NFD en NFC (export France compétences « continuity_fix »)", async () => {
    const zip = await ouvrirZip(`${DONNEES}/france-competences/continuity_fix/export-fiches-csv-2024-02-22.zip`);
    expect(zip.noms).toContain("export_fiches_CSV_VoixdAccès_2024_02_22.csv");
    expect(zip.noms.every((n) => n === n.normalize("NFC"))).toBe(true);
  });
});
