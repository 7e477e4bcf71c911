import { describe, expect, it } from "vitest";
import { evaluerUneRegle } from "../test/evaluerUneRegle";
import {
  regleAgeMaximumApprenti,
  regleAgeMinimumApprenti,
  regleDateNaissanceFuture,
  regleDerogationAgeRequise,
  regleDerogationMoinsDe16Ans,
  regleDerogationPlusDe29Ans,
  reglePremierContratAge,
} from "./ageApprenti";

const neLe = (date: string) => (c: any) => {
  c.apprenti.dateNaissance = date;
  delete c.apprenti.nir;
};

describe("âge de l'apprenti et dérogations", () => {
  it("R-AGE-1 / R-MA-FUT date de naissance future", () => {
    expect(evaluerUneRegle(regleDateNaissanceFuture).statut).toBe("conforme");
    expect(evaluerUneRegle(regleDateNaissanceFuture, (c) => (c.maitre1.dateNaissance = "2025-08-26")).constats[0]?.chemins).toEqual(["maitre1.dateNaissance"]);
    expect(evaluerUneRegle(regleDateNaissanceFuture, () => {}, { dateEvaluation: "26/11/2026" }).statut).toBe("indetermine");
  });

  it("R-AGE-MIN : 16 ans, ou 15 ans collège achevé", () => {
    expect(evaluerUneRegle(regleAgeMinimumApprenti).statut).toBe("conforme");
    // 16 ans le jour du début
    expect(evaluerUneRegle(regleAgeMinimumApprenti, neLe("2009-09-01")).statut).toBe("conforme");
    // 15 ans la veille de ses 16 ans, collège achevé (dernière classe 01)
    expect(evaluerUneRegle(regleAgeMinimumApprenti, neLe("2009-09-02")).statut).toBe("conforme");
    const sansCollege = (c: any) => {
      neLe("2009-09-02")(c);
      c.apprenti.derniereClasse = "41";
      c.apprenti.diplome = "13";
    };
    expect(evaluerUneRegle(regleAgeMinimumApprenti, sansCollege).statut).toBe("non_conforme");
    expect(evaluerUneRegle(regleAgeMinimumApprenti, neLe("2010-09-02")).constats[0]?.details).toMatchObject({ age: 14 });
  });

  it("R-AGE-MAX : 29 ans révolus, exemptions, contrat successif jusqu'à 35 ans", () => {
    expect(evaluerUneRegle(regleAgeMaximumApprenti).statut).toBe("conforme");
    expect(evaluerUneRegle(regleAgeMaximumApprenti, neLe("1995-09-02")).statut).toBe("conforme"); // 29 ans, veille des 30
    const trente = evaluerUneRegle(regleAgeMaximumApprenti, neLe("1995-09-01"));
    expect(trente.constats[0]).toMatchObject({ statut: "non_conforme", severite: "bloquant", details: { age: 30, maximum: 29 } });
    expect(evaluerUneRegle(regleAgeMaximumApprenti, (c) => { neLe("1980-01-01")(c); c.apprenti.handicap = true; }).statut).toBe("conforme");
    expect(evaluerUneRegle(regleAgeMaximumApprenti, (c) => { neLe("1980-01-01")(c); c.apprenti.projetCreationRepriseEntreprise = true; }).statut).toBe("conforme");
    const successif = (naissance: string) => (c: any) => {
      neLe(naissance)(c);
      c.contrat.typeContratApp = "22";
      c.contrat.numeroContratPrecedent = "075202406000123";
    };
    expect(evaluerUneRegle(regleAgeMaximumApprenti, successif("1990-01-01")).constats[0]?.severite).toBe("avertissement");
    expect(evaluerUneRegle(regleAgeMaximumApprenti, successif("1989-01-01")).constats[0]?.severite).toBe("bloquant"); // 36 ans
    expect(evaluerUneRegle(regleAgeMaximumApprenti, (c) => delete c.apprenti.dateNaissance).constats[0]).toMatchObject({ statut: "indetermine", manquants: ["apprenti.dateNaissance"] });
  });

  it("R-AGE-MAX : les 35 ans d'un contrat successif s'apprécient à la conclusion (D6222-1), les 29 ans au début", () => {
    // conclusion le 2025-08-20, début le 2025-09-01
    const successif = (naissance: string) => (c: any) => {
      neLe(naissance)(c);
      c.contrat.typeContratApp = "21";
      c.contrat.numeroContratPrecedent = "075202406000123";
    };
    // 36 ans le lendemain de la conclusion : 35 ans à la conclusion, 36 au début → avertissement (pas d'erreur)
    const lendemain = evaluerUneRegle(regleAgeMaximumApprenti, successif("1989-08-21"));
    expect(lendemain.constats[0]).toMatchObject({ severite: "avertissement", details: { age: 36, ageALaConclusion: 35, dateConclusion: "2025-08-20" } });
    expect(lendemain.constats[0]?.references.map((r) => r.titre)).toContain("Code du travail, article D6222-1");
    // 36 ans le jour de la conclusion → erreur
    const jour = evaluerUneRegle(regleAgeMaximumApprenti, successif("1989-08-20"));
    expect(jour.constats[0]).toMatchObject({ statut: "non_conforme", severite: "bloquant", details: { ageALaConclusion: 36 } });
    expect(jour.constats[0]?.message).toContain("à la date de conclusion");
    // 36 ans la veille de la conclusion → erreur
    expect(evaluerUneRegle(regleAgeMaximumApprenti, successif("1989-08-19")).constats[0]?.severite).toBe("bloquant");
    // 35 ans au début comme à la conclusion → avertissement
    expect(evaluerUneRegle(regleAgeMaximumApprenti, successif("1989-09-02")).constats[0]?.severite).toBe("avertissement");
    // sans date de conclusion : indéterminé, jamais conforme
    const sansConclusion = evaluerUneRegle(regleAgeMaximumApprenti, (c) => { successif("1989-08-21")(c); delete c.contrat.dateSignature; });
    expect(sansConclusion.constats[0]).toMatchObject({ statut: "indetermine", manquants: ["contrat.dateSignature"] });
    // contrat non successif : 30 ans au début, même à 29 ans à la conclusion → erreur (limite de 29 ans au début)
    expect(evaluerUneRegle(regleAgeMaximumApprenti, neLe("1995-08-25")).constats[0]).toMatchObject({ severite: "bloquant", details: { age: 30 } });
  });

  it("R-TYPE11 premier contrat après 29 ans", () => {
    expect(evaluerUneRegle(reglePremierContratAge).statut).toBe("conforme");
    expect(evaluerUneRegle(reglePremierContratAge, neLe("1990-01-01")).statut).toBe("non_conforme");
    expect(evaluerUneRegle(reglePremierContratAge, (c) => { neLe("1990-01-01")(c); c.apprenti.inscriptionSportifDeHautNiveau = true; }).statut).toBe("conforme");
  });

  it("R-DEROG-11, R-DEROG-12, R-DEROG-REQ", () => {
    expect(evaluerUneRegle(regleDerogationMoinsDe16Ans).statut).toBe("non_applicable");
    expect(evaluerUneRegle(regleDerogationMoinsDe16Ans, (c) => { neLe("2009-09-02")(c); c.contrat.typeDerogation = "11"; }).statut).toBe("conforme");
    expect(evaluerUneRegle(regleDerogationMoinsDe16Ans, (c) => { neLe("2009-09-01")(c); c.contrat.typeDerogation = "11"; }).statut).toBe("non_conforme");
    expect(evaluerUneRegle(regleDerogationPlusDe29Ans, (c) => { neLe("1995-09-01")(c); c.contrat.typeDerogation = "12"; }).statut).toBe("conforme");
    expect(evaluerUneRegle(regleDerogationPlusDe29Ans, (c) => { neLe("1995-09-02")(c); c.contrat.typeDerogation = "12"; }).statut).toBe("non_conforme");
    expect(evaluerUneRegle(regleDerogationAgeRequise).statut).toBe("conforme");
    expect(evaluerUneRegle(regleDerogationAgeRequise, neLe("2009-09-02")).statut).toBe("non_conforme");
    expect(evaluerUneRegle(regleDerogationAgeRequise, (c) => { neLe("2009-09-02")(c); c.contrat.typeDerogation = "50"; }).statut).toBe("conforme");
    expect(evaluerUneRegle(regleDerogationAgeRequise, (c) => { neLe("1990-01-01")(c); c.apprenti.handicap = true; }).statut).toBe("non_conforme");
  });
});
