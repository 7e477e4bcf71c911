import { collecterLecture, encoderTexte } from "@communs-opco/adaptateur";
import { describe, expect, it } from "vitest";
import { decomposerNumeroDeca, fusionnerExtractionsDeca, lireDeca } from "../../src/index.js";

describe("numéro DECA et fusion des extractions", () => {
  it("décompose un numéro DECA valide et refuse un numéro invalide", () => {
    expect(decomposerNumeroDeca("075 2024 09 NC 0123")).toEqual({ numero: "075202409NC0123", departement: "075", annee: 2024, mois: 9, code: "NC", sequence: "0123" });
    expect(decomposerNumeroDeca("02b202212000000")?.departement).toBe("02B");
    expect(decomposerNumeroDeca("075202413000000")).toBeUndefined();
  });

  it("fusionne LBA et TBA sur (noContrat, dateNaissance), complète les champs et liste les désaccords", async () => {
    const lire = async (contrats: unknown[]) =>
      (await collecterLecture(lireDeca({ nom: "x.json", octets: encoderTexte(JSON.stringify({ contrats })) }))).enregistrements.map((e) => e.valeur);
    const lba = await lire([
      { alternant: { nom: "MARTIN", dateNaissance: "2007-03-14" }, detailsContrat: { noContrat: "069202509000123", statut: "" }, employeur: { siret: "73282932000074", naf: "10.71C" } },
      { alternant: { nom: "AUTRE", dateNaissance: "2006-01-01" }, detailsContrat: { noContrat: "069202509000124" } },
    ]);
    const tba = await lire([
      { alternant: { nom: "MARTIN", dateNaissance: "2007-03-14" }, detailsContrat: { noContrat: "069202509000123" }, employeur: { naf: "10.71D", codeIdcc: "843" }, suiviASP: { drfc: "2027-08-31" } },
    ]);
    const { dossiers, divergences } = fusionnerExtractionsDeca([lba, tba]);
    expect(dossiers).toHaveLength(2);
    expect(dossiers[0]).toMatchObject({ numeroDeca: "069202509000123", etat: "DEPOSE", dateFinReelle: "2027-08-31", contrat: { employeur: { siret: "73282932000074", naf: "10.71C", codeIdcc: "0843" } } });
    expect(divergences).toEqual([{ cle: "069202509000123|2007-03-14", chemin: "contrat.employeur.naf", valeurs: ["10.71C", "10.71D"] }]);
  });
});
