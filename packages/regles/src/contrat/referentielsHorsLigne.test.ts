import { describe, expect, it } from "vitest";
import { evaluerUneRegle } from "../test/evaluerUneRegle";
import { regleCodePostalConnu, regleCommuneCodePostal, regleDepartementEmployeur } from "./adresses";
import { regleCodeNaf } from "./codeNaf";
import { regleIdccConnu, regleIdccEnVigueur } from "./conventionCollective";

describe("contrôles sur les référentiels hors ligne", () => {
  it("NAF", () => {
    expect(evaluerUneRegle(regleCodeNaf).statut).toBe("conforme");
    expect(evaluerUneRegle(regleCodeNaf, (c) => (c.employeur.naf = "6201Z")).statut).toBe("conforme");
    expect(evaluerUneRegle(regleCodeNaf, (c) => (c.employeur.naf = "62.99Z")).statut).toBe("non_conforme");
    expect(evaluerUneRegle(regleCodeNaf, (c) => (c.employeur.naf = "ABC")).statut).toBe("non_conforme");
  });
  it("IDCC connu et en vigueur", () => {
    expect(evaluerUneRegle(regleIdccConnu).statut).toBe("conforme");
    expect(evaluerUneRegle(regleIdccConnu, (c) => (c.employeur.codeIdcc = "16")).statut).toBe("conforme");
    expect(evaluerUneRegle(regleIdccConnu, (c) => (c.employeur.codeIdcc = "9999")).statut).toBe("conforme");
    expect(evaluerUneRegle(regleIdccConnu, (c) => (c.employeur.codeIdcc = "0001")).statut).toBe("non_conforme");
    expect(evaluerUneRegle(regleIdccEnVigueur).statut).toBe("conforme");
    const perime = evaluerUneRegle(regleIdccEnVigueur, (c) => (c.employeur.codeIdcc = "0023"));
    expect(perime.statut).toBe("non_conforme");
    expect(perime.constats[0]?.details.etatsLegifrance).toEqual(["PERIME"]);
    expect(evaluerUneRegle(regleIdccEnVigueur, (c) => (c.employeur.codeIdcc = "9999")).statut).toBe("non_applicable");
  });
  it("convention sans état Légifrance : indéterminé (rien ne prouve qu'elle est en vigueur), pas conforme", () => {
    const sansEtat = evaluerUneRegle(regleIdccEnVigueur, (c) => (c.employeur.codeIdcc = "0214"));
    expect(sansEtat.statut).toBe("indetermine");
    expect(sansEtat.constats[0]).toMatchObject({ severite: "bloquant", message: expect.stringContaining("aucun état juridique Légifrance"), details: { idcc: "0214", etatsLegifrance: [] } });
  });
  it("codes postaux", () => {
    expect(evaluerUneRegle(regleCodePostalConnu).statut).toBe("conforme");
    const ko = evaluerUneRegle(regleCodePostalConnu, (c) => {
      c.apprenti.adresse.codePostal = "00000";
      c.employeur.adresse.codePostal = "7501";
    });
    expect(ko.constats.map((x) => x.chemins[0])).toEqual(["employeur.adresse.codePostal", "apprenti.adresse.codePostal"]);
    expect(evaluerUneRegle(regleCodePostalConnu, (c) => { c.apprenti.adresse.codePostal = "1000"; c.apprenti.adresse.pays = "BE"; }).statut).toBe("conforme");
  });
  it("commune et code postal", () => {
    expect(evaluerUneRegle(regleCommuneCodePostal).statut).toBe("conforme");
    expect(evaluerUneRegle(regleCommuneCodePostal, (c) => (c.apprenti.adresse.commune = "ST DENIS")).statut).toBe("conforme");
    const ko = evaluerUneRegle(regleCommuneCodePostal, (c) => (c.apprenti.adresse.commune = "Montreuil"));
    expect(ko.statut).toBe("non_conforme");
    expect(ko.constats[0]?.severite).toBe("avertissement");
    // adresse de l'apprenti : donnée personnelle, jamais recopiée
    expect(JSON.stringify(ko.constats[0])).not.toContain("Montreuil");
    expect(JSON.stringify(ko.constats[0])).not.toContain("93200");
    const employeur = evaluerUneRegle(regleCommuneCodePostal, (c) => (c.employeur.adresse.commune = "Lyon"));
    expect(employeur.constats[0]?.message).toContain("« Lyon »");
  });
  it("département de l'employeur (SMIC de Mayotte)", () => {
    expect(evaluerUneRegle(regleDepartementEmployeur).statut).toBe("conforme");
    const mayotte = evaluerUneRegle(regleDepartementEmployeur, (c) => (c.employeur.adresse.departement = "976"));
    expect(mayotte.statut).toBe("non_conforme");
    expect(evaluerUneRegle(regleDepartementEmployeur, (c) => { c.employeur.adresse.codePostal = "97600"; c.employeur.adresse.departement = "976"; }).statut).toBe("conforme");
  });
});
