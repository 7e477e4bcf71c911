import { creerPortsPrepaiement, referentielMemorise, registrePrepaiement } from "@communs-opco/referentiels";
import { evaluerReglesAsync } from "@communs-opco/regles";
import { describe, expect, it } from "vitest";
import { genererContratsDemo } from "../demo/genererContratsDemo";

describe("vérifications avant paiement hors ligne, consultations mémorisées", () => {
  it("mêmes constats et mêmes explications, contrat par contrat, avec et sans mémorisation (jeu de démonstration)", async () => {
    const { ports } = await creerPortsPrepaiement("embarque", { environnement: {} });
    const memorises = { ...ports, referentiel: referentielMemorise(ports.referentiel) };
    const registre = registrePrepaiement({ opcoPayeur: "AKTO" });
    let compares = 0;
    // Deux passages : le second ne lit plus que des réponses mémorisées.
    const contrats = [...genererContratsDemo({ nombre: 150, graine: 11 })].flatMap((l) => {
      try {
        return [JSON.parse(l.texte) as object];
      } catch {
        return [];
      }
    });
    for (const passage of [1, 2]) {
      for (const contrat of contrats) {
        const contexte = { dateEvaluation: "2025-11-03", mode: "explication" as const };
        const direct = await evaluerReglesAsync(registre, contrat, { ...contexte, ports });
        const memorise = await evaluerReglesAsync(registre, contrat, { ...contexte, ports: memorises });
        expect(JSON.stringify(memorise), `passage ${String(passage)}`).toBe(JSON.stringify(direct));
        compares++;
      }
    }
    expect(compares).toBeGreaterThan(250);
  });
});
