import { controlerValeur, ControleAvantPaiement, genererContratsDemo, protegerResultat, resoudreReferentielControle, type ResultatControle } from "@communs-opco/cli";
import { describe, expect, it } from "vitest";
import { ProtectionResultats } from "../src/index";

describe("ProtectionResultats", () => {
  it("rend exactement protegerResultat (mêmes clés, même ordre, mêmes textes), masqué ou en clair, au premier passage comme depuis sa mémoire", async () => {
    const controle = await ControleAvantPaiement.creer(await resoudreReferentielControle("embarque", process.cwd()), {});
    const contexte = Object.freeze({ dateEvaluation: "2025-11-03" });
    const resultats: ResultatControle[] = [];
    for (const [i, ligne] of [...genererContratsDemo({ nombre: 150, graine: 7 })].entries()) {
      let valeur: unknown;
      try {
        valeur = JSON.parse(ligne.texte);
      } catch {
        resultats.push({ index: i + 1, source: { fichier: "lot\u001b[2J.jsonl", ligne: i + 1 }, statut: "illisible", constats: [], raison: `JSON invalide près de « ${ligne.texte.slice(0, 40)} » (né le 14/03/2007)` });
        continue;
      }
      const lu = controlerValeur(valeur, contexte);
      const resultat: ResultatControle = { index: i + 1, source: { fichier: "requête", ligne: i + 1 }, statut: lu.statut, constats: lu.constats };
      resultats.push(await controle!.controler({ resultat, valeur }, { dateEvaluation: "2025-11-03" }));
    }
    // Des messages longs (plus de 256 caractères) sont bien passés par la mémoire du service.
    expect(resultats.some((r) => r.constats.some((c) => c.message.length > 256 && /\d/.test(c.message)))).toBe(true);
    const protection = new ProtectionResultats(16);
    for (let passage = 0; passage < 2; passage++) {
      for (const resultat of resultats) {
        for (const enClair of [false, true]) {
          expect(JSON.stringify(protection.proteger(resultat, enClair))).toBe(JSON.stringify(protegerResultat(resultat, enClair)));
        }
      }
    }
  });

  it("un message long avec un NIR ou une date de naissance est masqué, et pas en clair", () => {
    const protection = new ProtectionResultats();
    const texte = `Apprenti né le 14/03/2007, NIR 178056912304519 : ${"détail de la source ".repeat(20)}`;
    expect(texte.length).toBeGreaterThan(256);
    for (let i = 0; i < 2; i++) {
      expect(protection.texte(texte, false)).not.toContain("178056912304519");
      expect(protection.texte(texte, false)).not.toContain("14/03");
      expect(protection.texte(texte, true)).toContain("178056912304519");
    }
  });
});
