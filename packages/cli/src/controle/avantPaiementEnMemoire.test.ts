import { creerPortsPrepaiement, portsPrepaiementEnMemoire, referentielMemorise, registrePrepaiement } from "@communs-opco/referentiels";
import { evaluerReglesAsync, evaluerReglesEnMemoire } from "@communs-opco/regles";
import { describe, expect, it } from "vitest";
import { genererContratsDemo } from "../demo/genererContratsDemo";

/*
 * Vérifications avant paiement hors ligne évaluées sans promesse (issue 12, point 3) : sur le jeu de
 * démonstration (graine fixe), constats, explications et preuves identiques, octet pour octet, à
 * l'évaluation asynchrone, avec et sans mémorisation des consultations, pour plusieurs OPCO payeurs.
 */
describe("vérifications avant paiement en mémoire (sans promesse)", () => {
  it("même résultat JSON que evaluerReglesAsync, contrat par contrat, sur le jeu de démonstration", async () => {
    const { ports } = await creerPortsPrepaiement("embarque", { environnement: {} });
    const enMemoire = portsPrepaiementEnMemoire(ports);
    const nus = portsPrepaiementEnMemoire(ports, { memoriser: false });
    expect(enMemoire).toBeDefined();
    expect(nus).toBeDefined();
    if (enMemoire === undefined || nus === undefined) return;
    const memorises = { ...ports, referentiel: referentielMemorise(ports.referentiel) };
    const contrats = [...genererContratsDemo({ nombre: 200, graine: 2025 })].flatMap((l) => {
      try {
        return [JSON.parse(l.texte) as object];
      } catch {
        return [];
      }
    });
    let compares = 0;
    for (const opcoPayeur of [undefined, "AKTO", "OPCO ATLAS", "opco-inconnu"]) {
      const registre = registrePrepaiement(opcoPayeur === undefined ? {} : { opcoPayeur });
      for (const contrat of contrats) {
        for (const mode of ["explication", "controle"] as const) {
          const contexte = { dateEvaluation: "2025-11-03", mode };
          const attendu = JSON.stringify(await evaluerReglesAsync(registre, contrat, { ...contexte, ports }));
          expect(JSON.stringify(evaluerReglesEnMemoire(registre, contrat, { ...contexte, ports: enMemoire })), `${opcoPayeur ?? "sans OPCO"} ${mode}`).toBe(attendu);
          expect(JSON.stringify(evaluerReglesEnMemoire(registre, contrat, { ...contexte, ports: nus }))).toBe(attendu);
          expect(JSON.stringify(await evaluerReglesAsync(registre, contrat, { ...contexte, ports: memorises }))).toBe(attendu);
          compares++;
        }
      }
    }
    expect(compares).toBeGreaterThan(1500);
  }, 120_000);

  it("modes en ligne et mixte : pas de ports en mémoire (évaluation asynchrone)", async () => {
    const { ports } = await creerPortsPrepaiement("mixte", { environnement: {} });
    expect(portsPrepaiementEnMemoire(ports)).toBeUndefined();
    const enLigne = await creerPortsPrepaiement("en-ligne", { environnement: {} });
    expect(portsPrepaiementEnMemoire(enLigne.ports)).toBeUndefined();
  });
});
