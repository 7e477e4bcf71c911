import { describe, expect, it } from "vitest";
import { DecoupeurTableauJson, type ElementTableauJson } from "./DecoupeurTableauJson";

function decouper(texte: string, taillesMorceaux: number): ElementTableauJson[] {
  const d = new DecoupeurTableauJson();
  const sortie: ElementTableauJson[] = [];
  for (let i = 0; i < texte.length; i += taillesMorceaux) sortie.push(...d.pousser(texte.slice(i, i + taillesMorceaux)));
  sortie.push(...d.terminer());
  return sortie;
}

describe("DecoupeurTableauJson", () => {
  const texte = '[ {"a":"[,]\\\\"}, {"b":{"c":["}",1]}},\n"texte, avec virgule", 12 ,null,\n{"d":"\\"}"}]';

  it("rend les mêmes éléments quel que soit le découpage en morceaux", () => {
    const attendu = decouper(texte, texte.length);
    expect(attendu).toEqual([
      { texte: '{"a":"[,]\\\\"}', ligne: 1 },
      { texte: '{"b":{"c":["}",1]}}', ligne: 1 },
      { texte: '"texte, avec virgule"', ligne: 2 },
      { texte: "12", ligne: 2 },
      { texte: "null", ligne: 2 },
      { texte: '{"d":"\\"}"}', ligne: 3 },
    ]);
    for (const taille of [1, 2, 3, 7, 16]) expect(decouper(texte, taille)).toEqual(attendu);
    for (const e of attendu) expect(() => JSON.parse("texte" in e ? e.texte : "")).not.toThrow();
  });

  it("signale un début qui n'est pas un tableau, et un tableau vide ne donne rien", () => {
    expect(decouper('{"a":1}', 3)).toEqual([{ erreur: "le fichier JSON doit contenir un objet ou un tableau d'objets", ligne: 1 }]);
    expect(decouper(" [ ] ", 2)).toEqual([]);
  });

  it("plafonne la taille d'un élément", () => {
    const d = new DecoupeurTableauJson(10);
    expect([...d.pousser(`[{"a":"${"x".repeat(50)}"},{"b":1}]`), ...d.terminer()]).toEqual([
      { erreur: "élément trop long (plus de 10 caractères)", ligne: 1 },
      { texte: '{"b":1}', ligne: 1 },
    ]);
  });
});
