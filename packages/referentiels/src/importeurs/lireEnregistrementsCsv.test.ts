import { describe, expect, it } from "vitest";
import { lireEnregistrementsCsv } from "./lireEnregistrementsCsv";

async function tout(morceaux: string[], options = {}) {
  const r = [];
  for await (const e of lireEnregistrementsCsv(morceaux, options)) r.push(e);
  return r;
}

describe("lireEnregistrementsCsv", () => {
  it("guillemets RFC 4180, champ multiligne, CRLF, BOM, blocs coupés n'importe où", async () => {
    const r = await tout(["\ufeff\"a\";\"b\r\nc\"\r", "\n\"x\"\"y\";;\"z\"\r\n"]);
    expect(r).toEqual([
      { ligne: 1, champs: ["a", "b\r\nc"] },
      { ligne: 3, champs: ['x"y', "", "z"] },
    ]);
  });

  it("sans guillemets (BCN) : un guillemet isolé reste dans le champ", async () => {
    const r = await tout(['A;B\n1;2 "x\n'], { guillemets: false });
    expect(r[1]).toEqual({ ligne: 2, champs: ["1", '2 "x'] });
  });

  it("émet les lignes vides pour qu'elles soient comptées", async () => {
    const r = await tout(["a;b\n\nc;d"]);
    expect(r.map((e) => e.champs)).toEqual([["a", "b"], [], ["c", "d"]]);
  });

  it("flux de 2 Gio (un champ de 2 Gio généré à la volée, jamais écrit sur disque) : enregistrement illisible, le suivant est lu, RSS + 500 Mo au plus", async () => {
    const bloc = "x".repeat(1 << 20);
    const blocs = 2048; // 2 048 × 1 Mi caractères = 2 Gio
    // Le processus de test est partagé avec d'autres fichiers : on mesure la croissance de la RSS
    // pendant la lecture (échantillonnée à chaque bloc produit), pas sa valeur absolue.
    const avant = process.memoryUsage().rss;
    let pic = avant;
    async function* flux(): AsyncGenerator<string> {
      yield "entete;valeur\n";
      yield "debut;";
      for (let i = 0; i < blocs; i++) {
        if (i % 64 === 0) pic = Math.max(pic, process.memoryUsage().rss);
        yield bloc;
      }
      yield "\nsuite;ok\n";
    }
    const lus = [];
    for await (const e of lireEnregistrementsCsv(flux())) {
      lus.push(e);
      pic = Math.max(pic, process.memoryUsage().rss);
    }
    expect(lus).toEqual([
      { ligne: 1, champs: ["entete", "valeur"] },
      { ligne: 2, champs: [], erreur: "champ de plus de 1048576 caractères : enregistrement illisible, la lecture reprend à l'enregistrement suivant" },
      { ligne: 3, champs: ["suite", "ok"] },
    ]);
    console.info(`CSV en flux de 2 Gio : RSS maximale ${(pic / 1_048_576).toFixed(0)} Mo (croissance ${((pic - avant) / 1_048_576).toFixed(0)} Mo)`);
    expect((pic - avant) / 1_048_576).toBeLessThan(500);
  }, 180_000);
});
