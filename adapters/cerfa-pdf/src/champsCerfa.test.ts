import { PDFDocument } from "@cantoo/pdf-lib";
import { describe, expect, it } from "vitest";
import { chargerModeleCerfa } from "./chargerModeleCerfa.js";
import { champsCerfa12, champsIgnoresCerfa } from "./champsCerfa.js";
import { adaptateurCerfaPdf } from "./adaptateurCerfaPdf.js";

describe("table des champs du CERFA 10103*12", () => {
  it("couvre chaque champ AcroForm du modèle officiel, et rien d'autre", async () => {
    const document = await PDFDocument.load(await chargerModeleCerfa());
    const noms = document.getForm().getFields().map((f) => f.getName());
    expect(noms).toHaveLength(157);
    const table = new Set([...champsCerfa12.map((c) => c.champ), ...champsIgnoresCerfa.map((c) => c.source)]);
    expect(noms.filter((n) => !table.has(n))).toEqual([]);
    expect([...table].filter((n) => !noms.includes(n))).toEqual([]);
    expect(champsCerfa12).toHaveLength(153);
  });

  it("n'associe jamais deux fois le même champ", () => {
    const noms = champsCerfa12.map((c) => c.champ);
    expect(new Set(noms).size).toBe(noms.length);
  });

  it("décrit chaque champ dans le rapport de correspondance de l'adaptateur", () => {
    const sources = adaptateurCerfaPdf.correspondance.champs.map((c) => c.champSource);
    for (const champ of champsCerfa12) expect(sources).toContain(champ.champ);
    expect(adaptateurCerfaPdf.metadonnees.nom).toBe("cerfa-pdf");
  });
});

describe("table des champs du CERFA 10103*11", () => {
  it("couvre chaque champ AcroForm du formulaire *11 et reconnaît sa version", async () => {
    const { readFile } = await import("node:fs/promises");
    const { champsCerfa11, versionFormulaireCerfa } = await import("./champsCerfa.js");
    const document = await PDFDocument.load(await readFile(new URL("../test/fixtures/cerfa_10103-11.pdf", import.meta.url)));
    const noms = document.getForm().getFields().map((f) => f.getName());
    expect(noms).toHaveLength(149);
    const table = new Set([...champsCerfa11.map((c) => c.champ), ...champsIgnoresCerfa.map((c) => c.source)]);
    expect(noms.filter((n) => !table.has(n))).toEqual([]);
    expect([...table].filter((n) => !noms.includes(n))).toEqual([]);
    expect(versionFormulaireCerfa(new Set(noms))).toBe("11");
  });
});
