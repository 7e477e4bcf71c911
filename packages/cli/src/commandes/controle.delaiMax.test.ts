import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { demarrerEmulateurRechercheEntreprises, type EmulateurHttp } from "@communs-opco/test-support";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contexteCliCapture } from "../contexteCliCapture";
import { executerCli } from "../executerCli";

let dossier: string;
let emulateur: EmulateurHttp;
beforeAll(async () => {
  dossier = await mkdtemp(join(tmpdir(), "opco-controle-delai-max-"));
  const contrat = (i: number) => ({
    employeur: { siret: "82832700500017", codeIdcc: "478" },
    contrat: { dateSignature: "2024-08-20", dateDebutContrat: "2024-09-01", dateFinContrat: "2026-08-31" },
    formation: { rncp: "RNCP1002", codeDiplome: "45022501" },
    organismeFormation: { siret: "77807079700015", uaiCfa: "0870097H" },
    etablissementFormation: { memeResponsable: true },
    numeroDossier: `D${String(i)}`,
  });
  await writeFile(join(dossier, "contrats.jsonl"), `${Array.from({ length: 40 }, (_, i) => JSON.stringify(contrat(i))).join("\n")}\n`);
  // Recherche d'entreprises répond toujours 429 avec un Retry-After de deux minutes
  emulateur = await demarrerEmulateurRechercheEntreprises({ pannes: [{ type: "trop_de_requetes", retryAfter: 120, fois: 1000 }] });
});
afterAll(async () => {
  await emulateur.arreter();
  await rm(dossier, { recursive: true, force: true });
});

describe("opco controle --delai-max et disjoncteur", () => {
  it("valeur invalide : erreur d'utilisation", async () => {
    for (const v of ["abc", "0", "601"]) {
      const c = contexteCliCapture({ repertoire: dossier });
      expect(await executerCli(["controle", "contrats.jsonl", "--delai-max", v], c)).toBe(2);
      expect(c.erreurs.join("")).toContain("--delai-max attend un nombre de secondes");
    }
  });

  it("Retry-After plafonné à --delai-max ; la source en échec est coupée et signalée une seule fois ; ses vérifications restent indéterminées", async () => {
    const avant = { ...process.env };
    Object.assign(process.env, {
      COMMUNS_OPCO_RECHERCHE_ENTREPRISES_URL: emulateur.url,
      COMMUNS_OPCO_ONISEP_URL: "http://127.0.0.1:9/api/v1",
      COMMUNS_OPCO_CFA_DOCK_URL: "http://127.0.0.1:9/api",
    });
    delete process.env["COMMUNS_OPCO_API_APPRENTISSAGE_CLE"];
    try {
      const c = contexteCliCapture({ repertoire: dossier });
      await executerCli(["controle", "contrats.jsonl", "--date", "2026-11-26", "--json", "--referentiel", "mixte", "--delai-max", "0.02"], c);
      const json = JSON.parse(c.sortie.join("")) as { resultats: { constats: { regle: string; statut: string }[] }[] };
      expect(json.resultats).toHaveLength(40);
      for (const r of json.resultats) {
        expect(r.constats.filter((k) => k.regle === "prepaiement.siret.actif").map((k) => k.statut)).toContain("indetermine");
      }
      const coupures = c.erreurs.join("").split("\n").filter((l) => l.startsWith("Source coupée : Recherche d'entreprises"));
      expect(coupures).toHaveLength(1);
      // 5 échecs consécutifs coupent la source : passé les appels déjà partis, les contrats suivants n'envoient plus de requête
      expect(emulateur.statistiques.requetes).toBeGreaterThanOrEqual(5);
      expect(emulateur.statistiques.requetes).toBeLessThan(40);
    } finally {
      for (const cle of Object.keys(process.env)) if (!(cle in avant)) delete process.env[cle];
      Object.assign(process.env, avant);
    }
  });
});
