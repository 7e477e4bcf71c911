import { evaluerReglesAsync, type Constat } from "@communs-opco/regles";
import { beforeAll, describe, expect, it } from "vitest";
import { chargerInstantaneEmbarque } from "../instantane/chargerInstantaneEmbarque";
import type { Referentiel } from "../Referentiel";
import { ReferentielEnMemoire } from "../ReferentielEnMemoire";
import { ReferentielHorsLigne } from "../ReferentielHorsLigne";
import { reglePrepaiementOpcoNpec } from "./reglePrepaiementOpcoNpec";

/** Contrat de l'instantané embarqué (NPEC RNCP1002 × IDCC 478 publié) ; seul l'IDCC varie. */
function contrat(idcc: string, siret = "82832700500017") {
  return {
    employeur: { siret, codeIdcc: idcc },
    contrat: { dateSignature: "2024-08-20", dateDebutContrat: "2024-09-01", dateFinContrat: "2026-08-31" },
    formation: { rncp: "RNCP1002" },
  };
}

let horsLigne: Referentiel;
beforeAll(async () => {
  horsLigne = new ReferentielHorsLigne(await chargerInstantaneEmbarque());
});

/** Constats de PP-OPCO-NPEC portant sur l'OPCO de l'employeur. */
async function constatsOpco(referentiel: Referentiel, opcoPayeur: string, idcc: string, siret?: string): Promise<Constat[]> {
  const r = await evaluerReglesAsync([reglePrepaiementOpcoNpec({ opcoPayeur })], contrat(idcc, siret), { dateEvaluation: "2026-11-26", mode: "explication", ports: { referentiel } });
  return (r.explications?.[0]?.constats ?? []).filter((c) => c.chemins.includes("employeur.siret"));
}

describe("PP-OPCO-NPEC : OPCO comparés par identité (resoudreOpco), pas par leur nom", () => {
  it("noms de la table IDCC → OPCO face aux slugs, noms officiels et alias de l'OPCO payeur : aucun écart", async () => {
    // IDCC 0158 → « OPCO entreprises et salariés des services à forte intensité de main-d'œuvre »
    for (const payeur of ["AKTO", "akto", "Akto / Opco entreprises et salariés des services à forte intensité de main-d'œuvre"]) expect(await constatsOpco(horsLigne, payeur, "0158"), payeur).toEqual([]);
    // IDCC 0016 → « OPCO Mobilité »
    for (const payeur of ["opco-mobilites", "OPCO Mobilités", "OPCO MOBILITES"]) expect(await constatsOpco(horsLigne, payeur, "0016"), payeur).toEqual([]);
    expect(await constatsOpco(horsLigne, "atlas", "0478")).toEqual([]);
  });

  it("OPCO différents : non conforme, avec les deux identités", async () => {
    expect(await constatsOpco(horsLigne, "AKTO", "0478")).toMatchObject([
      { statut: "non_conforme", message: "L'employeur relève de l'OPCO Atlas, pas de l'OPCO payeur AKTO.", details: { opcoEmployeur: "atlas", opcoPayeur: "akto" } },
    ]);
    expect(await constatsOpco(horsLigne, "opco-mobilites", "0158")).toMatchObject([
      { statut: "non_conforme", message: "L'employeur relève d'AKTO, pas de l'OPCO payeur OPCO Mobilités.", details: { opcoEmployeur: "akto", opcoPayeur: "opco-mobilites" } },
    ]);
  });

  it("nom non résolu (OPCO payeur ou OPCO rendu par la source) : indéterminé qui le nomme, jamais un faux écart", async () => {
    expect(await constatsOpco(horsLigne, "Opco des Gentils", "0478")).toMatchObject([
      { statut: "indetermine", message: "OPCO payeur non reconnu : « Opco des Gentils » n'est ni un slug ni un alias connu des 11 OPCO ; rattachement de l'employeur (OPCO ATLAS) non vérifié." },
    ]);
    const siro = new ReferentielEnMemoire("SIRO (émulé en mémoire)", {
      opcoParSiret: {
        "11111111111111": { opco: "Akto / Opco entreprises et salariés des services à forte intensité de main-d'œuvre", idcc: null },
        "22222222222222": { opco: "MULTIPLE_OPCO", idcc: null },
        "33333333333333": { opco: "OPCO Nouveau Monde", idcc: null },
      },
    });
    expect(await constatsOpco(siro, "akto", "0478", "11111111111111")).toEqual([]);
    expect(await constatsOpco(siro, "akto", "0478", "22222222222222")).toMatchObject([
      { statut: "indetermine", message: expect.stringContaining("« MULTIPLE_OPCO » désigne plusieurs OPCO (SIRO (émulé en mémoire))"), manquants: ["ports.referentiel:SIRO (émulé en mémoire)"] },
    ]);
    expect(await constatsOpco(siro, "akto", "0478", "33333333333333")).toMatchObject([
      { statut: "indetermine", message: expect.stringContaining("« OPCO Nouveau Monde » n'est ni un slug ni un alias connu des 11 OPCO") },
    ]);
  });
});
