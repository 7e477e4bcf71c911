import { describe, expect, it } from "vitest";
import { consulter } from "./consulter";
import { estEvaluableEnMemoire, evaluerReglesEnMemoire } from "./evaluerReglesEnMemoire";
import { evaluerReglesAsync } from "./evaluerReglesAsync";
import type { RegleAsynchrone, RegleSynchrone } from "./Regle";
import { regleParConsultations } from "./regleParConsultations";
import { sansObjet } from "./SansObjet";

type Entree = { siret?: string };
type Ports = { source: { etat(siret: string): Promise<"ouvert" | "ferme" | "panne" | "sans-objet" | "casse"> } };

/** Règle écrite une fois en étapes : deux consultations, points prouvés, « sans objet », réponse cassée. */
const regle = regleParConsultations<Entree, Ports>({
  nature: "asynchrone",
  ports: ["source"],
  id: "test.etapes",
  titre: "Établissement ouvert",
  description: "Le SIRET déclaré désigne un établissement ouvert, confirmé deux fois.",
  severite: "bloquant",
  references: [{ titre: "Test" }],
  parametres: [],
  chemins: ["siret"],
  points: ["etablissement.ouvert"],
  *etapes(e, contexte) {
    if (e.siret === undefined) return [{ statut: "indetermine", message: "SIRET absent.", manquants: ["siret"] }];
    let etat: string;
    try {
      etat = yield* consulter<string>("source", "etat", e.siret);
    } catch (erreur) {
      if (e.siret === "rattrape") return [{ statut: "indetermine", message: `Source en échec : ${String(erreur)}` }];
      throw erreur;
    }
    if (etat === "sans-objet") return sansObjet("établissement public");
    if (etat === "casse") return { inattendu: true } as never;
    const confirme = yield* consulter<string>("source", "etat", e.siret);
    if (confirme === "ouvert") contexte.preuve("etablissement.ouvert", "prouve", "source de test");
    return etat === "ferme" ? [{ statut: "non_conforme", message: "Établissement fermé." }] : [];
  },
});

const synchrone: RegleSynchrone<Entree> = {
  nature: "synchrone", id: "test.synchrone", titre: "SIRET déclaré", description: "…", severite: "avertissement",
  references: [{ titre: "Test" }], parametres: [], chemins: ["siret"],
  evaluer: (e) => (e.siret === undefined ? [{ statut: "non_conforme", message: "SIRET absent." }] : []),
};

const etats: Record<string, "ouvert" | "ferme" | "sans-objet" | "casse"> = { "1": "ouvert", "2": "ferme", "3": "sans-objet", "4": "casse" };
const reponse = (siret: string) => {
  const etat = etats[siret];
  if (etat === undefined) throw new Error(`source en panne pour ${siret}`);
  return etat;
};
const asynchrone: Ports = { source: { etat: async (s) => reponse(s) } };
const enMemoire = { source: { etat: (s: string) => reponse(s) } };

describe("evaluerReglesEnMemoire : mêmes résultats qu'evaluerReglesAsync, sans promesse", () => {
  it.each([{}, { siret: "1" }, { siret: "2" }, { siret: "3" }, { siret: "4" }, { siret: "5" }, { siret: "rattrape" }])("entrée %j : JSON identique (modes explication et contrôle)", async (e: Entree) => {
    for (const mode of ["explication", "controle"] as const) {
      const attendu = await evaluerReglesAsync([synchrone, regle], e, { dateEvaluation: "2026-12-01", mode, ports: asynchrone });
      expect(JSON.stringify(evaluerReglesEnMemoire([synchrone, regle], e, { dateEvaluation: "2026-12-01", mode, ports: enMemoire }))).toBe(JSON.stringify(attendu));
    }
  });

  it("source qui lève : indéterminé qui nomme la source ; port absent : indéterminé « source non fournie »", () => {
    const panne = evaluerReglesEnMemoire([regle], { siret: "5" }, { dateEvaluation: "2026-12-01", mode: "explication", ports: enMemoire });
    expect(panne.explications?.[0]).toMatchObject({ statut: "indetermine", constats: [{ manquants: ["ports.source"], details: { erreur: "Error: source en panne pour 5" } }], preuves: [{ point: "etablissement.ouvert", etat: "non_prouve", source: "ports.source" }] });
    const absent = evaluerReglesEnMemoire([regle], { siret: "1" }, { dateEvaluation: "2026-12-01", mode: "explication" });
    expect(absent.explications?.[0]).toMatchObject({ statut: "indetermine", constats: [{ manquants: ["ports.source"], details: { portsAbsents: ["source"] } }] });
  });

  it("un port qui rend une promesse n'est pas en mémoire : indéterminé, jamais conforme", () => {
    const r = evaluerReglesEnMemoire([regle], { siret: "1" }, { dateEvaluation: "2026-12-01", mode: "explication", ports: asynchrone });
    expect(r.explications?.[0]).toMatchObject({ statut: "indetermine", constats: [{ details: { erreur: expect.stringContaining("n'est pas en mémoire") } }] });
  });

  it("règle asynchrone sans étapes : refusée (TypeError), estEvaluableEnMemoire le dit avant", () => {
    const { etapes: _etapes, ...sansEtapes } = regle;
    const libre: RegleAsynchrone<Entree, Ports> = { ...sansEtapes, id: "test.libre" };
    expect(estEvaluableEnMemoire([synchrone, regle])).toBe(true);
    expect(estEvaluableEnMemoire([libre])).toBe(false);
    expect(() => evaluerReglesEnMemoire([libre], { siret: "1" }, { dateEvaluation: "2026-12-01", ports: enMemoire })).toThrow(TypeError);
  });
});
