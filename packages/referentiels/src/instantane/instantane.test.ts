import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chargerInstantane, FICHIER_INSTANTANE } from "./chargerInstantane";
import { chargerInstantaneEmbarque, cheminInstantaneEmbarque } from "./chargerInstantaneEmbarque";
import { ecrireInstantane } from "./ecrireInstantane";
import { ErreurInstantane } from "./ErreurInstantane";
import { importerSource, type ImportSource } from "./importerSource";
import { instantaneVide } from "./instantaneVide";
import { integrerImport } from "./integrerImport";
import { dossierDonneesPartagees } from "@communs-opco/test-support";

const DONNEES = dossierDonneesPartagees();

const D = DONNEES;
const dossiers: string[] = [];
afterAll(async () => {
  for (const d of dossiers) await rm(d, { recursive: true, force: true });
});

let edition2023: ImportSource;
let edition2024: ImportSource;
beforeAll(async () => {
  edition2023 = await importerSource("npec", `${D}/npec/Referentiel-des-NPEC_vMAJ-09.04.2024.xlsx`);
  edition2024 = await importerSource("npec", `${D}/npec/Referentiel-des-NPEC-15.07.2024_vMAJ-18.07.2024.xlsx`);
}, 60_000);

describe("instantané", () => {
  it("garde l'historique NPEC par édition et remplace une édition réimportée", () => {
    const t = "2026-11-26T10:00:00.000Z";
    let i = instantaneVide(t);
    i = integrerImport(i, edition2023, t);
    i = integrerImport(i, edition2024, t);
    expect(i.npec.editions.map((e) => e.fichier)).toHaveLength(2);
    expect(i.npec.valeurs).toHaveLength(6);
    i = integrerImport(i, edition2024, "2026-11-27T10:00:00.000Z");
    expect(i.npec.valeurs).toHaveLength(6);
    expect(i.sources.filter((s) => s.type === "npec")).toHaveLength(2);
    expect(i.sources.at(-1)).toMatchObject({ type: "npec", importeLe: "2026-11-27T10:00:00.000Z", dateDonnees: "2024-07-15", licence: "Licence Ouverte / Etalab 2.0" });
  });

  it("une liste RNCP d'OPCO remplace la liste du même OPCO seulement", async () => {
    const t = "2026-11-26T10:00:00.000Z";
    let i = instantaneVide(t);
    i = integrerImport(i, await importerSource("opco-rncp", `${D}/opco-rncp/afdas.csv`), t);
    i = integrerImport(i, await importerSource("opco-rncp", `${D}/opco-rncp/akto.csv`), t);
    i = integrerImport(i, await importerSource("opco-rncp", `${D}/opco-rncp/afdas.csv`), t);
    expect(i.opcoRncp).toHaveLength(44 + 164);
  });

  it("s'écrit en JSON gzip et se relit à l'identique depuis un dossier", async () => {
    const dossier = await mkdtemp(join(tmpdir(), "instantane-"));
    dossiers.push(dossier);
    const t = "2026-11-26T10:00:00.000Z";
    const i = integrerImport(integrerImport(instantaneVide(t), await importerSource("kali", `${D}/kali/sample.xlsx`), t), edition2023, t);
    expect(i.npec.valeurs.some((v) => v.nonDefini === "NC")).toBe(true);
    const taille = await ecrireInstantane(join(dossier, FICHIER_INSTANTANE), i);
    expect(taille).toBeGreaterThan(0);
    expect(await chargerInstantane(dossier)).toEqual(i);
  });

  it("refuse un dossier sans instantané ou un fichier d'un autre format", async () => {
    const dossier = await mkdtemp(join(tmpdir(), "instantane-"));
    dossiers.push(dossier);
    await expect(chargerInstantane(dossier)).rejects.toBeInstanceOf(ErreurInstantane);
    await writeFile(join(dossier, FICHIER_INSTANTANE), JSON.stringify({ format: "autre", version: 1 }));
    await expect(chargerInstantane(dossier)).rejects.toThrow(/pas un instantané/);
  });

  it("couverture : complète par défaut, « extrait » sur demande, portée par la source et relue", async () => {
    const dossier = await mkdtemp(join(tmpdir(), "instantane-"));
    dossiers.push(dossier);
    const t = "2026-11-26T10:00:00.000Z";
    const kali = await importerSource("kali", `${D}/kali/sample.xlsx`, { couverture: "extrait" });
    expect(kali.couverture).toBe("extrait");
    expect(edition2024.couverture).toBeUndefined();
    const i = integrerImport(integrerImport(instantaneVide(t), kali, t), edition2024, t);
    expect(i.sources.map((s) => [s.type, s.couverture])).toEqual([["kali", "extrait"], ["npec", undefined]]);
    await ecrireInstantane(join(dossier, FICHIER_INSTANTANE), i);
    expect((await chargerInstantane(dossier)).sources.map((s) => s.couverture ?? "complete")).toEqual(["extrait", "complete"]);
  });

  it("un instantané écrit avant la couverture se charge (sources complètes) ; une couverture inconnue est refusée", async () => {
    const dossier = await mkdtemp(join(tmpdir(), "instantane-"));
    dossiers.push(dossier);
    const t = "2026-11-26T10:00:00.000Z";
    const ancien = integrerImport(instantaneVide(t), edition2023, t);
    expect(ancien.sources[0]).not.toHaveProperty("couverture");
    await ecrireInstantane(join(dossier, FICHIER_INSTANTANE), ancien);
    expect(await chargerInstantane(dossier)).toEqual(ancien);
    const invalide = { ...ancien, sources: ancien.sources.map((s) => ({ ...s, couverture: "partielle" })) } as unknown as typeof ancien;
    await ecrireInstantane(join(dossier, FICHIER_INSTANTANE), invalide);
    await expect(chargerInstantane(dossier)).rejects.toThrow(/couverture « partielle » inconnue/);
  });

  it("l'instantané embarqué est présent, compact et contient toutes les sources", async () => {
    const taille = (await readFile(cheminInstantaneEmbarque())).length;
    expect(taille).toBeLessThan(3_000_000);
    const i = await chargerInstantaneEmbarque();
    expect(new Set(i.sources.map((s) => s.type))).toEqual(new Set(["npec", "bcn", "kit", "france-competences", "kali", "dares-ape-idcc", "dares-ccn", "acce", "organismes", "opco-rncp", "idcc-opco"]));
    expect(i.npec.editions).toHaveLength(5);
    expect(i.diplomes).toHaveLength(3923);
    expect(i.cfdRncp).toHaveLength(6791);
    // échantillons de shared/data (voir son README et scripts/construireInstantane.mjs) : extraits ; fichiers complets : sans couverture
    const extraits = new Set(i.sources.filter((s) => s.couverture === "extrait").map((s) => s.type));
    expect(extraits).toEqual(new Set(["npec", "france-competences", "kali", "dares-ape-idcc", "dares-ccn", "acce", "bcn", "organismes"]));
    expect(i.sources.filter((s) => s.type === "npec").every((s) => s.couverture === "extrait")).toBe(true);
    expect(i.sources.filter((s) => s.couverture === undefined).map((s) => s.type)).toEqual(expect.arrayContaining(["kit", "opco-rncp", "idcc-opco"]));
  });
});
