import { describe, expect, it } from "vitest";
import { AnalyseurCsv, type EnregistrementCsvLu } from "./AnalyseurCsv.js";
import { lireCsvEnFlux } from "./lireCsvEnFlux.js";

const tout = (texte: string, options = {}, taille = texte.length): EnregistrementCsvLu[] => {
  const a = new AnalyseurCsv(options);
  const sortie: EnregistrementCsvLu[] = [];
  for (let i = 0; i < texte.length; i += taille) sortie.push(...a.pousser(texte.slice(i, i + taille)));
  return [...sortie, ...a.terminer()];
};

describe("AnalyseurCsv", () => {
  it("lireCsvEnFlux : morceaux synchrones ou asynchrones, enregistrement à cheval sur deux morceaux", async () => {
    const lus: EnregistrementCsvLu[] = [];
    for await (const e of lireCsvEnFlux(["nom;pre", "nom\nDUPUIS;Gaston"])) lus.push(e);
    expect(lus).toEqual([{ ligne: 1, champs: ["nom", "prenom"] }, { ligne: 2, champs: ["DUPUIS", "Gaston"] }]);
  });

  it("RFC 4180 : guillemets doublés, séparateur et saut de ligne dans un champ cité, BOM retiré, quel que soit le découpage en blocs", () => {
    const texte = '\uFEFFnom;prenom\r\n"DU;PUIS";"Gas""ton"\n"multi\nligne";x\n';
    const attendu = [
      { ligne: 1, champs: ["nom", "prenom"] },
      { ligne: 2, champs: ["DU;PUIS", 'Gas"ton'] },
      { ligne: 3, champs: ["multi\nligne", "x"] },
    ];
    for (const taille of [1, 2, 3, 7, 1000]) expect(tout(texte, {}, taille), `blocs de ${String(taille)}`).toEqual(attendu);
  });

  it("fins de ligne CR seul, LF et CRLF : aucun enregistrement fusionné ; CR puis LF à cheval sur deux blocs", () => {
    expect(tout("a;1\rb;2\nc;3\r\nd;4").map((e) => ("champs" in e ? e.champs[0] : e.erreur))).toEqual(["a", "b", "c", "d"]);
    expect(tout("a;1\r\nb;2\r\n", {}, 4)).toEqual([{ ligne: 1, champs: ["a", "1"] }, { ligne: 2, champs: ["b", "2"] }]);
  });

  it("lignes vides rendues ou sautées ; sans guillemets (BCN, psql), un guillemet est un caractère", () => {
    expect(tout("a\n\nb\n")).toEqual([{ ligne: 1, champs: ["a"] }, { ligne: 2, champs: [] }, { ligne: 3, champs: ["b"] }]);
    expect(tout("a\n\nb\n", { lignesVides: false })).toEqual([{ ligne: 1, champs: ["a"] }, { ligne: 3, champs: ["b"] }]);
    expect(tout(' 1 | "x | y" \n', { separateur: "|", guillemets: false })).toEqual([{ ligne: 1, champs: [" 1 ", ' "x ', ' y" '] }]);
  });

  it("guillemet jamais fermé : enregistrement illisible qui nomme la ligne, pas de champ géant silencieux", () => {
    expect(tout('a;b\n"ouvert;x\ny;z\n')).toEqual([{ ligne: 1, champs: ["a", "b"] }, { ligne: 2, erreur: "Guillemet ouvert ligne 2 et jamais fermé : la fin du fichier est tronquée." }]);
  });

  it("champ ou enregistrement au-delà de sa limite : cet enregistrement est illisible avec la raison, la lecture reprend au suivant", () => {
    const limites = { tailleMaxChamp: 5, tailleMaxEnregistrement: 12 };
    // 5 caractères : à la limite ; 6 : un de trop
    expect(tout("12345;a\n123456;b\nok;c\n", limites)).toEqual([
      { ligne: 1, champs: ["12345", "a"] },
      { ligne: 2, erreur: "champ de plus de 5 caractères : enregistrement illisible, la lecture reprend à l'enregistrement suivant" },
      { ligne: 3, champs: ["ok", "c"] },
    ]);
    // 12 caractères (champs et séparateurs) : à la limite ; 13 : un de trop
    expect(tout("abcd;efgh;ij\nabcd;efgh;ijk\n\"x\ny\";z\n", limites)).toEqual([
      { ligne: 1, champs: ["abcd", "efgh", "ij"] },
      { ligne: 2, erreur: "enregistrement de plus de 12 caractères : enregistrement illisible, la lecture reprend à l'enregistrement suivant" },
      { ligne: 3, champs: ["x\ny", "z"] },
    ]);
    // un champ cité trop long : la fin de l'enregistrement est retrouvée après le guillemet fermant
    expect(tout('"123456\n;\n";a\nb;c\n', limites)).toEqual([
      { ligne: 1, erreur: "champ de plus de 5 caractères : enregistrement illisible, la lecture reprend à l'enregistrement suivant" },
      { ligne: 4, champs: ["b", "c"] },
    ]);
  });
});
