import { describe, expect, it } from "vitest";
import { evaluerRegles } from "../evaluerRegles";
import { evaluerReglesAsync } from "../evaluerReglesAsync";
import type { RegleAsynchrone, RegleSynchrone } from "../Regle";

/*
 * Modèle de preuve (issue 13) : une règle qui nomme ses points n'est conforme que si chacun a
 * été prouvé par une source qui a répondu ; sinon elle est indéterminée, avec le bilan des points.
 */

type Entree = { siret?: string };
type Ports = { source: { etat(siret: string): Promise<"ouvert" | "ferme" | "panne"> } };

/** Règle qui ne renvoie jamais de constat : seul le bilan de ses preuves décide. */
const regle: RegleAsynchrone<Entree, Ports> = {
  nature: "asynchrone",
  ports: ["source"],
  id: "test.preuves",
  titre: "Établissement ouvert",
  description: "Deux points : SIRET déclaré, établissement ouvert.",
  severite: "bloquant",
  references: [{ titre: "Test" }],
  parametres: [],
  chemins: ["siret"],
  points: ["siret.declare", "etablissement.ouvert"],
  async evaluer(e, contexte) {
    if (e.siret === undefined) return [];
    contexte.preuve("siret.declare", "prouve", "contrat");
    const etat = await contexte.ports.source.etat(e.siret);
    if (etat === "ouvert") contexte.preuve("etablissement.ouvert", "prouve", "source de test");
    if (etat === "panne") contexte.preuve("etablissement.ouvert", "non_prouve", "source de test", "HTTP 500");
    return [];
  },
};

const ports: Ports = { source: { etat: async (s) => (s === "1" ? "ouvert" : s === "2" ? "panne" : "ferme") } };
const evaluer = async (e: Entree) => (await evaluerReglesAsync([regle], e, { dateEvaluation: "2026-12-01", mode: "explication", ports })).explications?.[0];

describe("exigerPreuves : conforme seulement si chaque point nommé est prouvé", () => {
  it("tous les points prouvés : conforme, bilan avec la source de chaque point", async () => {
    expect(await evaluer({ siret: "1" })).toMatchObject({
      statut: "conforme",
      constats: [],
      preuves: [
        { point: "siret.declare", etat: "prouve", source: "contrat" },
        { point: "etablissement.ouvert", etat: "prouve", source: "source de test" },
      ],
    });
  });

  it("source en échec (non_prouve) : indéterminé, le constat nomme le point, la source et la raison", async () => {
    const e = await evaluer({ siret: "2" });
    expect(e).toMatchObject({ statut: "indetermine", preuves: [{ etat: "prouve" }, { point: "etablissement.ouvert", etat: "non_prouve", source: "source de test", raison: "HTTP 500" }] });
    expect(e?.constats).toEqual([
      expect.objectContaining({
        statut: "indetermine",
        message: "Vérification impossible : point(s) non prouvé(s) : etablissement.ouvert (HTTP 500 — source de test). Le point n'est pas vérifié.",
        manquants: ["preuve:etablissement.ouvert"],
        details: { preuves: e?.preuves },
      }),
    ]);
  });

  it("point jamais établi (règle muette) : indéterminé, jamais conforme", async () => {
    const ferme = await evaluer({ siret: "3" });
    expect(ferme).toMatchObject({ statut: "indetermine", preuves: [{ etat: "prouve" }, { point: "etablissement.ouvert", etat: "non_prouve", source: null, raison: "aucune source n'a établi ce point" }] });
    expect((await evaluer({}))?.statut).toBe("indetermine");
  });

  it("règle synchrone : même exigence", () => {
    const sync: RegleSynchrone<Entree> = { ...regle, nature: "synchrone", points: ["siret.declare"], evaluer: (e, c) => {
      if (e.siret !== undefined) c.preuve("siret.declare", "prouve", "contrat");
      return [];
    } } as RegleSynchrone<Entree>;
    const avec = evaluerRegles([sync], { siret: "1" }, { dateEvaluation: "2026-12-01", mode: "explication" });
    expect(avec.explications?.[0]).toMatchObject({ statut: "conforme", preuves: [{ point: "siret.declare", etat: "prouve" }] });
    const sans = evaluerRegles([sync], {}, { dateEvaluation: "2026-12-01", mode: "explication" });
    expect(sans.explications?.[0]?.statut).toBe("indetermine");
    expect(sans.synthese).toMatchObject({ conformes: 0, indeterminees: 1 });
  });

  it("règle sans points : aucun bilan, comportement inchangé", async () => {
    const { points: _points, ...sansPoints } = regle;
    const libre: RegleAsynchrone<Entree, Ports> = { ...sansPoints, id: "test.libre" };
    const e = (await evaluerReglesAsync([libre], { siret: "3" }, { dateEvaluation: "2026-12-01", mode: "explication", ports })).explications?.[0];
    expect(e?.statut).toBe("conforme");
    expect(e?.preuves).toEqual([{ point: "siret.declare", etat: "prouve", source: "contrat" }]);
  });
});
