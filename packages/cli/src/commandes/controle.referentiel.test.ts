import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ContexteCli } from "../ContexteCli";
import { executerCli } from "../executerCli";

function contexte(repertoire: string): ContexteCli & { sortie: string[]; erreurs: string[] } {
  const sortie: string[] = [];
  const erreurs: string[] = [];
  return { sortie, erreurs, ecrire: (t) => sortie.push(t), ecrireErreur: (t) => erreurs.push(t), repertoire, lireEntreeStandard: async () => "", entreeStandardInteractive: true };
}

let dossier: string;
beforeAll(async () => {
  dossier = await mkdtemp(join(tmpdir(), "opco-controle-referentiel-"));
  const contrat = {
    employeur: { siret: "82832700500017", codeIdcc: "478" },
    contrat: { dateSignature: "2024-08-20", dateDebutContrat: "2024-09-01", dateFinContrat: "2026-08-31" },
    formation: { rncp: "RNCP1002", codeDiplome: "45022501" },
    organismeFormation: { siret: "77807079700015", uaiCfa: "0870097H" },
    etablissementFormation: { memeResponsable: true },
  };
  await writeFile(join(dossier, "contrat.json"), JSON.stringify(contrat));
});
afterAll(async () => {
  await rm(dossier, { recursive: true, force: true });
});

const constatsPrepaiement = (sortie: string[]) => {
  const json = JSON.parse(sortie.join(""));
  return json.resultats[0].constats.filter((c: { regle: string }) => c.regle.startsWith("prepaiement.")) as { regle: string; statut: string; message: string }[];
};

describe("opco controle --referentiel", () => {
  it("embarque : les vérifications avant paiement s'ajoutent aux constats (CFA sans Qualiopi)", async () => {
    const c = contexte(dossier);
    expect(await executerCli(["controle", "contrat.json", "--date", "2026-11-26", "--json", "--referentiel", "embarque"], c)).toBe(1);
    const constats = constatsPrepaiement(c.sortie);
    expect(constats.find((x) => x.regle === "prepaiement.qualiopi")).toMatchObject({ statut: "non_conforme" });
    expect(constats.find((x) => x.regle === "prepaiement.siret.actif")).toMatchObject({ statut: "indetermine", message: expect.stringContaining("API Entreprise") });
  });

  it("mixte, services en ligne injoignables : indéterminé, jamais conforme", async () => {
    const avant = { ...process.env };
    Object.assign(process.env, {
      COMMUNS_OPCO_ONISEP_URL: "http://127.0.0.1:9/api/v1",
      COMMUNS_OPCO_CFA_DOCK_URL: "http://127.0.0.1:9/api",
      COMMUNS_OPCO_RECHERCHE_ENTREPRISES_URL: "http://127.0.0.1:9",
    });
    delete process.env["COMMUNS_OPCO_API_APPRENTISSAGE_CLE"];
    try {
      const c = contexte(dossier);
      await executerCli(["controle", "contrat.json", "--date", "2026-11-26", "--json", "--referentiel", "mixte"], c);
      const constats = constatsPrepaiement(c.sortie);
      expect(constats.find((x) => x.regle === "prepaiement.formation.offre")).toMatchObject({ statut: "indetermine" });
      expect(constats.find((x) => x.regle === "prepaiement.siret.actif")?.statut).toBe("indetermine");
    } finally {
      for (const cle of Object.keys(process.env)) if (!(cle in avant)) delete process.env[cle];
      Object.assign(process.env, avant);
    }
  });

  it("mode inconnu : erreur d'utilisation", async () => {
    expect(await executerCli(["controle", "contrat.json", "--referentiel", "partout"], contexte(dossier))).toBe(2);
  });
});
