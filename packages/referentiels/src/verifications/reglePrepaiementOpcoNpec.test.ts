import { evaluerReglesAsync, type Constat } from "@communs-opco/regles";
import { CLE_EMULATEUR_SIRO, ENTREPRISES_EMULEES, demarrerEmulateurSiro } from "@communs-opco/test-support";
import { beforeAll, describe, expect, it } from "vitest";
import { creerClientSiro } from "../clients/siro/creerClientSiro";
import { referentielEnLigne } from "../clients/referentielEnLigne";
import { referentielMixte } from "../referentielMixte";
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

describe("PP-OPCO-NPEC : le rattachement à l'OPCO n'est jamais conforme sans preuve", () => {
  it("sans OPCO payeur, le point employeur → OPCO est indéterminé et le dit (jamais conforme)", async () => {
    const r = await evaluerReglesAsync([reglePrepaiementOpcoNpec()], contrat("0478"), { dateEvaluation: "2026-11-26", mode: "explication", ports: { referentiel: horsLigne } });
    expect(r.explications?.[0]?.statut).toBe("indetermine");
    expect(r.explications?.[0]?.constats).toMatchObject([
      {
        statut: "indetermine",
        chemins: ["employeur.siret", "employeur.codeIdcc"],
        manquants: ["opcoPayeur"],
        message: "OPCO payeur non donné : le rattachement de l'employeur à l'OPCO payeur n'est pas vérifié (indiquer l'OPCO payeur, par exemple « opco controle --opco »).",
      },
    ]);
  });

  it("établissement « revendiqué » selon SIRO (code 02) : indéterminé, sans repli sur la table IDCC → OPCO", async () => {
    const modele = ENTREPRISES_EMULEES.find((e) => e.opco !== null);
    if (modele === undefined) throw new Error("extrait d'entreprises émulées incomplet");
    const revendique = { ...modele, siret: "35600000009075", codeSiro: "02" as const };
    const siro = await demarrerEmulateurSiro({ entreprises: [revendique] });
    try {
      const enLigne = referentielEnLigne({ siro: creerClientSiro({ requetesParSeconde: 1000, delaiReprise: () => 5, urlBase: `${siro.url}/siro/v1`, cleApi: CLE_EMULATEUR_SIRO }) });
      const referentiel = referentielMixte(horsLigne, enLigne);
      // IDCC 0478 → OPCO ATLAS dans la table : le repli rendrait le point conforme pour l'OPCO payeur ATLAS.
      const constats = await constatsOpco(referentiel, "atlas", "0478", revendique.siret);
      expect(constats).toMatchObject([{ statut: "indetermine", message: expect.stringContaining("établissement revendiqué par AKTO (code 02)") }]);
    } finally {
      await siro.arreter();
    }
  });
});
