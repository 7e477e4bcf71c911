import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { adaptateurStandard, collecterLecture, type Adaptateur } from "@communs-opco/adaptateur";
import { adaptateur as adaptateurDeca } from "@communs-opco/adaptateur-deca";
import { describe, expect, it } from "vitest";
import { genererContratsDemo } from "../demo/genererContratsDemo";
import { formeSourceJson } from "./formeSourceJson";
import { lireParElement } from "./lireParElement";

const racine = resolve(import.meta.dirname, "../../../..");
const encoder = (t: string) => new TextEncoder().encode(t);
const contrats = [...genererContratsDemo({ nombre: 6, graine: 5, partIllisibles: 0 })].map((l) => l.texte);

/** Découpe un texte en morceaux de 7 octets : les éléments et les caractères multi-octets sont coupés n'importe où. */
async function* morceaux(octets: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < octets.length; i += 7) yield octets.subarray(i, i + 7);
}

async function parElement(adaptateur: Adaptateur<unknown>, nom: string, texte: string | Uint8Array) {
  const octets = typeof texte === "string" ? encoder(texte) : texte;
  const forme = formeSourceJson(nom, octets);
  if (forme === "document") throw new Error("forme inattendue");
  return collecterLecture(lireParElement(adaptateur, nom, morceaux(octets), forme));
}

describe("formeSourceJson", () => {
  it("reconnaît tableau, JSON Lines et document", () => {
    expect(formeSourceJson("a.json", encoder("\uFEFF  \n[{}]"))).toBe("tableau");
    expect(formeSourceJson("a.json", encoder('{"a":1}\r{"a":2}'))).toBe("lignes");
    expect(formeSourceJson("a.ndjson", encoder(""))).toBe("lignes");
    expect(formeSourceJson("a.json", encoder('{"a":1}\n'))).toBe("document");
    expect(formeSourceJson("a.json", encoder('{"contrats": [\n{"a": 1}\n]}'))).toBe("document");
    expect(formeSourceJson("a.json", encoder('{"contrats": []}'))).toBe("document");
    expect(formeSourceJson("a.json", encoder(""))).toBe("document");
  });
});

describe("lireParElement : même lecture que le document entier, un élément à la fois", () => {
  it("tableau de contrats standard : mêmes valeurs et mêmes pointeurs que la lecture du document entier", async () => {
    const texte = `[\n${contrats.join(",\n")}\n]`;
    const entier = await collecterLecture(adaptateurStandard.lire({ nom: "a.json", octets: encoder(texte) }));
    const flux = await parElement(adaptateurStandard as Adaptateur<unknown>, "a.json", texte);
    expect(flux).toEqual(entier);
    expect(flux.enregistrements.map((e) => e.source.pointeur)).toEqual(contrats.map((_, i) => `/${i}`));
  });

  it("tableau de contrats DECA : mêmes résultats (valeurs, erreurs situées par pointeur) que le document entier", async () => {
    const pages = JSON.parse(readFileSync(resolve(racine, "adapters/deca/test/fixtures/extraction-deca.json"), "utf8")) as { pages: { contrats: unknown[] }[] };
    const texte = JSON.stringify(pages.pages.flatMap((p) => p.contrats), null, 2);
    const entier = await collecterLecture(adaptateurDeca.lire({ nom: "d.json", octets: encoder(texte) }));
    const flux = await parElement(adaptateurDeca as Adaptateur<unknown>, "d.json", texte);
    expect(flux).toEqual(entier);
    expect(flux.illisibles).toBeGreaterThan(0);
  });

  it("un élément cassé au milieu d'un tableau est illisible à sa ligne et avec son pointeur ; le suivant compte (6 → 6)", async () => {
    const texte = `[\n${contrats[0]},\n${contrats[1]?.slice(0, 40)}\n${contrats.slice(2).join(",\n")}\n]`;
    const flux = await parElement(adaptateurStandard as Adaptateur<unknown>, "a.json", texte);
    expect(flux.total).toBe(6);
    expect(flux.erreurs).toHaveLength(1);
    expect(flux.erreurs[0]).toMatchObject({ code: "syntaxe_invalide", source: { fichier: "a.json", ligne: 3, pointeur: "/1" } });
    expect(flux.enregistrements.map((e) => e.source.pointeur)).toEqual(["/0", "/2", "/3", "/4", "/5"]);
  });

  it("JSON Lines en fins de ligne CR seul : une ligne par enregistrement, numérotée (6 → 6)", async () => {
    const flux = await parElement(adaptateurStandard as Adaptateur<unknown>, "a.jsonl", `${contrats.join("\r")}\r`);
    expect(flux.lus).toBe(6);
    expect(flux.enregistrements.map((e) => e.source.ligne)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("octets non UTF-8 (Latin-1) : la ligne touchée est illisible avec la raison, jamais réparée en silence", async () => {
    const latin1 = Uint8Array.from([...encoder(`${contrats[0]}\n`), ...encoder('{"apprenti": {"nom": "'), 0xc9, ...encoder('LODIE"}}\n'), ...encoder(`${contrats[2]}\n`)]);
    const flux = await parElement(adaptateurStandard as Adaptateur<unknown>, "a.jsonl", latin1);
    expect(flux.total).toBe(3);
    expect(flux.erreurs).toEqual([
      expect.objectContaining({ code: "encodage_invalide", message: expect.stringMatching(/^Encodage invalide : le fichier semble encodé en Latin-1/u), source: { fichier: "a.jsonl", ligne: 2 } }),
    ]);
  });
});
