import { describe, expect, it } from "vitest";
import { cleDesChemins } from "./cleDesChemins";
import { consulter } from "./consulter";
import { evaluerReglesAsync } from "./evaluerReglesAsync";
import { evaluerReglesEnMemoire } from "./evaluerReglesEnMemoire";
import { memoriserExplications } from "./memoriserExplications";
import { regleParConsultations } from "./regleParConsultations";

type Entree = { cfa?: unknown; autre?: string };

/** Règle qui ne lit que `cfa` et le déclare (`cleEntrees`) ; compte ses exécutions. */
let executions = 0;
const regle = regleParConsultations<Entree, { source: { etat(cfa: string): Promise<string> } }>({
  nature: "asynchrone",
  ports: ["source"],
  id: "test.cle",
  titre: "CFA ouvert",
  description: "Le CFA déclaré est ouvert.",
  severite: "bloquant",
  references: [{ titre: "Test" }],
  parametres: [],
  chemins: ["cfa"],
  points: ["cfa.ouvert"],
  cleEntrees: cleDesChemins(["cfa"]),
  *etapes(e, contexte) {
    executions++;
    const cfa = typeof e.cfa === "string" ? e.cfa : String(e.cfa);
    const etat = yield* consulter<string>("source", "etat", cfa);
    contexte.preuve("cfa.ouvert", etat === "ouvert" ? "prouve" : "non_prouve", "source de test", `état ${etat} (${contexte.dateEvaluation})`);
    return etat === "ouvert" ? [] : [{ statut: "indetermine", message: `CFA ${cfa} : état ${etat}.` }];
  },
});
const etat = (cfa: string) => (cfa.startsWith("1") ? "ouvert" : "inconnu");

describe("cleDesChemins", () => {
  it("distingue types et découpages, refuse les objets", () => {
    const cle = cleDesChemins(["a", "b.c"]);
    expect(cle({ a: "1", b: { c: 2 } })).toBe("s1:1n1:2");
    expect(cle({ a: 1, b: { c: "2" } })).toBe("n1:1s1:2");
    expect(cle({ a: "1s1:", b: {} })).not.toBe(cle({ a: "1", b: { c: "" } }));
    expect(cle({})).toBe("uu");
    expect(cle({ a: null, b: { c: true } })).toBe("zb4:true");
    expect(cle({ a: { x: 1 } })).toBeUndefined();
  });
});

describe("memoriserExplications", () => {
  it("même clé, même contexte : explication réemployée (figée, partagée), même JSON que l'évaluation asynchrone", async () => {
    const ports = memoriserExplications({ source: { etat } });
    const entrees: Entree[] = [{ cfa: "100", autre: "x" }, { cfa: "100", autre: "y" }, { cfa: "200" }, { cfa: 100 }, { cfa: "200" }, {}, {}];
    executions = 0;
    const resultats = entrees.map((e) => evaluerReglesEnMemoire([regle], e, { dateEvaluation: "2025-11-03", mode: "explication", ports }));
    expect(executions).toBe(4); // "100", "200", 100, absent
    expect(resultats[1]?.explications?.[0]).toBe(resultats[0]?.explications?.[0]);
    expect(Object.isFrozen(resultats[0]?.explications?.[0])).toBe(true);
    expect(Object.isFrozen(resultats[2]?.constats[0])).toBe(true);
    for (const [i, e] of entrees.entries()) {
      const attendu = await evaluerReglesAsync([regle], e, { dateEvaluation: "2025-11-03", mode: "explication", ports: { source: { etat: async (c: string) => etat(c) } } });
      expect(JSON.stringify(resultats[i])).toBe(JSON.stringify(attendu));
    }
  });

  it("autre date, autre mode ou ports non déclarés : pas de réemploi d'un contexte à l'autre", () => {
    const ports = memoriserExplications({ source: { etat } });
    executions = 0;
    const a = evaluerReglesEnMemoire([regle], { cfa: "100" }, { dateEvaluation: "2025-11-03", mode: "explication", ports });
    const b = evaluerReglesEnMemoire([regle], { cfa: "100" }, { dateEvaluation: "2026-01-01", mode: "explication", ports });
    evaluerReglesEnMemoire([regle], { cfa: "100" }, { dateEvaluation: "2025-11-03", mode: "controle", ports });
    expect(executions).toBe(3);
    expect(JSON.stringify(b)).not.toBe(JSON.stringify(a));
    const nus = { source: { etat } };
    evaluerReglesEnMemoire([regle], { cfa: "100" }, { dateEvaluation: "2025-11-03", ports: nus });
    evaluerReglesEnMemoire([regle], { cfa: "100" }, { dateEvaluation: "2025-11-03", ports: nus });
    expect(executions).toBe(5);
  });

  it("mémoire bornée : au-delà de la capacité, la table est vidée", () => {
    const ports = memoriserExplications({ source: { etat } }, { capacite: 2 });
    executions = 0;
    for (const cfa of ["1", "2", "3", "1"]) evaluerReglesEnMemoire([regle], { cfa }, { dateEvaluation: "2025-11-03", ports });
    expect(executions).toBe(4);
  });

  it("port requis absent ou règle non applicable : explication constante partagée, même JSON", async () => {
    const sansPort = [{ cfa: "100" }, { cfa: "200" }].map((e) => evaluerReglesEnMemoire([regle], e, { dateEvaluation: "2025-11-03", mode: "explication", ports: {} }));
    expect(sansPort[1]?.explications?.[0]).toBe(sansPort[0]?.explications?.[0]);
    expect(JSON.stringify(sansPort[0])).toBe(JSON.stringify(await evaluerReglesAsync([regle], { cfa: "100" }, { dateEvaluation: "2025-11-03", mode: "explication", ports: {} })));
    const inapplicable = { ...regle, applicable: () => false };
    const [x, y] = [1, 2].map(() => evaluerReglesEnMemoire([inapplicable], {}, { dateEvaluation: "2025-11-03", mode: "explication", ports: { source: { etat } } }));
    expect(y?.explications?.[0]).toBe(x?.explications?.[0]);
    expect(JSON.stringify(x)).toBe(JSON.stringify(await evaluerReglesAsync([inapplicable], {}, { dateEvaluation: "2025-11-03", mode: "explication", ports: { source: { etat: async (c: string) => etat(c) } } })));
  });
});
