import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { EnregistrementLu } from "./EnregistrementLu";
import { lireEnregistrements } from "./lireEnregistrements";

const dossier = mkdtempSync(join(tmpdir(), "opco-lecture-"));

function fichier(nom: string, contenu: string): string {
  const chemin = join(dossier, nom);
  writeFileSync(chemin, contenu);
  return chemin;
}

async function lire(chemin: string, tailleMax?: number): Promise<EnregistrementLu[]> {
  const lus: EnregistrementLu[] = [];
  for await (const lu of lireEnregistrements(chemin, tailleMax === undefined ? { nom: "f" } : { nom: "f", tailleMaxEnregistrement: tailleMax })) lus.push(lu);
  return lus;
}

function resume(lus: EnregistrementLu[]): string[] {
  return lus.map((l) => `${l.source.ligne}:${l.ok ? JSON.stringify(l.valeur) : `ERREUR ${l.erreur}`}`);
}

describe("lireEnregistrements", () => {
  it("lit un fichier JSON Lines, ignore les lignes vides et garde les numéros de ligne", async () => {
    const lus = await lire(fichier("a.jsonl", '{"a":1}\n\n  \n{"a":2}\r\n{"a":3}'));
    expect(resume(lus)).toEqual(['1:{"a":1}', '4:{"a":2}', '5:{"a":3}']);
    expect(lus.every((l) => l.source.fichier === "f")).toBe(true);
  });

  it("rend illisible une ligne invalide au milieu et une dernière ligne tronquée, sans perdre les autres", async () => {
    const lus = await lire(fichier("b.jsonl", '{"a":1}\n{"a":2,}\n{"a":3}\n{"a":4,"b":"tron'));
    expect(lus.map((l) => l.ok)).toEqual([true, false, true, false]);
    expect(lus[1]).toMatchObject({ ok: false, source: { ligne: 2 } });
    expect(lus[1]?.ok === false && lus[1].erreur).toMatch(/^JSON invalide/);
    expect(lus[3]).toEqual({ ok: false, erreur: "enregistrement tronqué : le JSON s'arrête avant sa fin", source: { fichier: "f", ligne: 4 } });
  });

  it("un fichier vide ou blanc ne contient aucun enregistrement", async () => {
    expect(await lire(fichier("vide.jsonl", ""))).toEqual([]);
    expect(await lire(fichier("blanc.json", "\n  \n"))).toEqual([]);
  });

  it("découpe un tableau JSON élément par élément ; un élément cassé est illisible, les suivants sont lus", async () => {
    const texte = '[\n  {"a": "x]}\\"{"},\n  {"b": },\n  {"c": [1, {"d": 2}]},\n  3\n]\n';
    const lus = await lire(fichier("t.json", texte));
    expect(resume(lus)).toEqual(['2:{"a":"x]}\\"{"}', "3:ERREUR JSON invalide", '4:{"c":[1,{"d":2}]}', "5:3"]);
  });

  it("signale un tableau tronqué (dernier élément) et un contenu après la fin du tableau", async () => {
    expect(resume(await lire(fichier("t2.json", '[{"a":1},\n{"a":2,"b":[')))).toEqual([
      '1:{"a":1}',
      "2:ERREUR enregistrement tronqué : le JSON s'arrête avant sa fin",
    ]);
    // Seul le « ] » final manque : le dernier élément est complet et lu.
    expect(resume(await lire(fichier("t4.json", '[{"a":1},\n{"a":2}')))).toEqual(['1:{"a":1}', '2:{"a":2}']);
    expect(resume(await lire(fichier("t3.json", '[{"a":1}]\n{"x":2}')))).toEqual(['1:{"a":1}', "2:ERREUR contenu inattendu après la fin du tableau JSON"]);
  });

  it("lit un objet JSON unique réparti sur plusieurs lignes (fichier .json)", async () => {
    const lus = await lire(fichier("o.json", '\uFEFF\n{\n  "employeur": { "siret": "80123456700015" },\n  "apprenti": {}\n}\n'));
    expect(resume(lus)).toEqual(['2:{"employeur":{"siret":"80123456700015"},"apprenti":{}}']);
    expect(resume(await lire(fichier("o2.json", '{\n "a": 1,\n')))).toEqual(["1:ERREUR enregistrement tronqué : le JSON s'arrête avant sa fin"]);
  });

  it("en .jsonl, une première ligne incomplète reste une ligne illisible (pas de lecture en objet unique)", async () => {
    expect(resume(await lire(fichier("p.jsonl", '{\n{"a":1}\n')))).toEqual(["1:ERREUR enregistrement tronqué : le JSON s'arrête avant sa fin", '2:{"a":1}']);
  });

  it("lit de gros fichiers par morceaux (frontières de morceaux au milieu des lignes et des caractères accentués)", async () => {
    const lignes = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ i, texte: "é€😀".repeat(i % 50), n: "x".repeat(i % 97) }));
    const lus = await lire(fichier("gros.jsonl", `${lignes.join("\n")}\n`));
    expect(lus).toHaveLength(3000);
    expect(lus.every((l, i) => l.ok && (l.valeur as { i: number }).i === i && l.source.ligne === i + 1)).toBe(true);
    const tableau = await lire(fichier("gros.json", `[\n${lignes.join(",\n")}\n]`));
    expect(tableau.map((l) => (l.ok ? (l.valeur as { i: number }).i : -1))).toEqual(lignes.map((_, i) => i));
    expect(tableau[2999]?.source.ligne).toBe(3001);
  });

  it("une ligne plus longue que la limite est illisible et la lecture reprend à la ligne suivante", async () => {
    const longue = JSON.stringify({ x: "y".repeat(200_000) });
    const lus = await lire(fichier("long.jsonl", `{"a":1}\n${longue}\n{"a":2}\n`), 1000);
    expect(resume(lus)).toEqual(['1:{"a":1}', "2:ERREUR ligne trop longue (plus de 1000 caractères) : ignorée", '3:{"a":2}']);
  });
});

describe("lireEnregistrements : fichier .json en lignes dont la première est cassée", () => {
  it("repasse en JSON Lines quand l'objet unique est invalide mais que d'autres lignes sont complètes", async () => {
    expect(resume(await lire(fichier("l.json", '{"a":1,\n{"a":2}\n{"a":3}\n')))).toEqual([
      "1:ERREUR enregistrement tronqué : le JSON s'arrête avant sa fin",
      '2:{"a":2}',
      '3:{"a":3}',
    ]);
  });

  it("repasse en JSON Lines quand l'objet unique dépasse la taille maximale", async () => {
    const lignes = ['{"a":', ...Array.from({ length: 50 }, (_, i) => JSON.stringify({ i }))];
    const lus = await lire(fichier("l2.json", `${lignes.join("\n")}\n`), 100);
    expect(lus).toHaveLength(51);
    expect(lus[0]?.ok).toBe(false);
    expect(lus.slice(1).every((l, i) => l.ok && (l.valeur as { i: number }).i === i && l.source.ligne === i + 2)).toBe(true);
  });
});
