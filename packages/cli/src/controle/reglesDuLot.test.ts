import { estEvaluableEnMemoire, evaluerReglesAsync, evaluerReglesEnMemoire } from "@communs-opco/regles";
import { describe, expect, it } from "vitest";
import { genererContratsDemo } from "../demo/genererContratsDemo";
import { contratNormalise } from "./contratNormalise";
import { IndexLot } from "./IndexLot";
import { reglesDuLot } from "./reglesDuLot";

describe("reglesDuLot", () => {
  it("retient le portefeuille des maîtres et les contrats successifs, pas les règles des référentiels en ligne", () => {
    expect(reglesDuLot.map((r) => r.id)).toEqual([
      "maitre.nombreApprentis.maximum",
      "contrat.successif.ecartUnAn",
      "remuneration.contratSuccessif.memeEmployeur",
      "remuneration.contratSuccessif.diplomeConnexe",
    ]);
  });

  it("écrites en étapes : sans promesse sur l'index en mémoire, même résultat JSON que l'évaluation asynchrone (jeu de démonstration, contrats successifs, index saturé)", async () => {
    expect(estEvaluableEnMemoire(reglesDuLot)).toBe(true);
    const contrats = [...genererContratsDemo({ nombre: 300, graine: 2025 })].flatMap((l) => {
      try {
        const c = contratNormalise(JSON.parse(l.texte));
        return c === undefined ? [] : [c as Record<string, any>];
      } catch {
        return [];
      }
    });
    // Contrats successifs (types 21 à 23) qui citent un contrat du lot, un contrat absent, ou rien ; même maître que le premier contrat.
    const base = contrats[0] as Record<string, any>;
    const numero = "069202409000100";
    base.contrat = { ...base.contrat, noContrat: numero };
    for (const [i, type] of ["21", "22", "23", "21"].entries()) {
      const c = structuredClone(base);
      c.contrat = { ...c.contrat, typeContratApp: type, noContrat: `${numero.slice(0, -1)}${i}`, numeroContratPrecedent: i === 3 ? "069209999000999" : numero, dateSignature: "2027-09-01", dateDebutContrat: "2027-09-01", dateFinContrat: "2028-06-30" };
      c.apprenti = { ...c.apprenti, dateNaissance: "1994-01-01" };
      contrats.push(c);
    }
    const provenance = (ligne: number) => ({ origine: "lot" as const, fichier: "lot.jsonl", ligne });
    const statuts = new Set<string>();
    for (const limites of [undefined, { maitres: 10, contratsPrecedents: 1 }]) {
      const index = new IndexLot(limites);
      contrats.forEach((c, i) => index.indexerMaitresEtReferences(i + 1, c, provenance(i + 1)));
      contrats.forEach((c, i) => index.retenirContratPrecedent(c, provenance(i + 1)));
      index.terminer(2, []);
      for (const [i, c] of contrats.entries()) {
        for (const mode of ["explication", "controle"] as const) {
          const contexte = { dateEvaluation: "2025-11-03", mode };
          const attendu = JSON.stringify(await evaluerReglesAsync(reglesDuLot, c, { ...contexte, ports: index.portsPour(i + 1, c) }));
          const r = evaluerReglesEnMemoire(reglesDuLot, c, { ...contexte, ports: index.portsEnMemoirePour(i + 1, c) });
          expect(JSON.stringify(r), `${i}`).toBe(attendu);
          r.explications?.forEach((x) => statuts.add(`${x.regle} ${x.statut}`));
        }
      }
    }
    // Chaque règle a été évaluée au-delà de sa non-applicabilité (contrat précédent trouvé ou absent, portefeuille compté).
    for (const regle of reglesDuLot) expect([...statuts].some((s) => s.startsWith(`${regle.id} `) && !s.endsWith("non_applicable")), `${regle.id} : ${[...statuts].join(", ")}`).toBe(true);
  }, 60_000);
});
