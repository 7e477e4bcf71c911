import { genererContratsDemo } from "@communs-opco/cli";
import { contratExemple } from "@communs-opco/schemas";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demarrerService, type ServiceDemarre } from "../src/index";

// Sans état (issue 14, point 3) : deux répliques démarrées séparément, appelées tour à tour comme le
// ferait un répartiteur, rendent octet pour octet les mêmes corps, quel que soit l'ordre des appels.

let repliques: ServiceDemarre[];

beforeAll(async () => {
  repliques = await Promise.all([0, 1].map(() => demarrerService({ port: 0, referentiels: ["embarque"], signaux: false, journal: pino({ level: "silent" }), metriquesProcessus: false })));
});

afterAll(async () => {
  await Promise.all(repliques.map((r) => r.arreter()));
});

/** POST sur une réplique ; rend le statut et le corps texte. */
async function poster(replique: ServiceDemarre, chemin: string, type: string, corps: string): Promise<{ statut: number; corps: string }> {
  const reponse = await fetch(`${replique.url}${chemin}`, { method: "POST", headers: { "content-type": type }, body: corps });
  return { statut: reponse.status, corps: await reponse.text() };
}

describe("répliques sans état", () => {
  it("contrôles unitaires et lot NDJSON répartis entre deux répliques : mêmes corps, dans n'importe quel ordre", async () => {
    const contrats = [JSON.stringify(contratExemple), ...[...genererContratsDemo({ nombre: 12, graine: 2025 })].map((c) => c.texte)];
    const lot = `${contrats.join("\n")}\n`;
    const chemin = "/v1/contrats/controle?date=2025-11-03";
    // Aller : réplique 0 puis 1 ; retour : ordre inverse (ce qu'une réplique a vu avant ne change rien).
    for (const ordre of [
      [0, 1],
      [1, 0],
    ]) {
      for (const contrat of contrats) {
        const [a, b] = [await poster(repliques[ordre[0]!]!, chemin, "application/json", contrat), await poster(repliques[ordre[1]!]!, chemin, "application/json", contrat)];
        expect(a.statut).toBe(b.statut);
        expect(a.corps).toBe(b.corps);
      }
      const [a, b] = [await poster(repliques[ordre[0]!]!, chemin, "application/x-ndjson", lot), await poster(repliques[ordre[1]!]!, chemin, "application/x-ndjson", lot)];
      expect(a.statut).toBe(200);
      expect(a.corps).toBe(b.corps);
      expect(a.corps.trim().split("\n")).toHaveLength(contrats.length + 1);
    }
  }, 60_000);
});
