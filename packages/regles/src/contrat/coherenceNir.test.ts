import { cleNir } from "@communs-opco/identifiants";
import { describe, expect, it } from "vitest";
import { evaluerUneRegle } from "../test/evaluerUneRegle";
import { regleNirAnneeNaissance, regleNirDepartementNaissance, regleNirMoisNaissance, regleNirSexe } from "./coherenceNir";

const avecCle = (nir13: string) => nir13 + cleNir(nir13);

describe("cohérence du NIR", () => {
  it("sexe", () => {
    expect(evaluerUneRegle(regleNirSexe).statut).toBe("conforme");
    expect(evaluerUneRegle(regleNirSexe, (c) => (c.apprenti.sexe = "M")).statut).toBe("non_conforme");
    // numéro provisoire 8 = femme
    expect(evaluerUneRegle(regleNirSexe, (c) => (c.apprenti.nir = avecCle("8070375111234"))).statut).toBe("conforme");
    expect(evaluerUneRegle(regleNirSexe, (c) => delete (c.apprenti as Record<string, unknown>).nir).statut).toBe("non_applicable");
    expect(evaluerUneRegle(regleNirSexe, (c) => delete (c.apprenti as Record<string, unknown>).sexe).statut).toBe("indetermine");
  });
  it("année et mois", () => {
    expect(evaluerUneRegle(regleNirAnneeNaissance).statut).toBe("conforme");
    expect(evaluerUneRegle(regleNirAnneeNaissance, (c) => (c.apprenti.dateNaissance = "2006-03-14")).statut).toBe("non_conforme");
    expect(evaluerUneRegle(regleNirMoisNaissance).statut).toBe("conforme");
    expect(evaluerUneRegle(regleNirMoisNaissance, (c) => (c.apprenti.dateNaissance = "2007-04-14")).statut).toBe("non_conforme");
    const fictif = evaluerUneRegle(regleNirMoisNaissance, (c) => (c.apprenti.nir = avecCle("2073375111234")));
    expect(fictif.statut).toBe("indetermine");
    expect(fictif.constats[0]?.severite).toBe("information");
  });
  it("département : métropole, Corse, outre-mer, étranger", () => {
    expect(evaluerUneRegle(regleNirDepartementNaissance).statut).toBe("conforme");
    expect(evaluerUneRegle(regleNirDepartementNaissance, (c) => (c.apprenti.departementNaissance = "93")).statut).toBe("non_conforme");
    const corse = (c: any) => {
      c.apprenti.nir = avecCle("20703" + "2A" + "004123");
      c.apprenti.departementNaissance = "2A";
    };
    expect(evaluerUneRegle(regleNirDepartementNaissance, corse).statut).toBe("conforme");
    const reunion = (c: any) => {
      c.apprenti.nir = avecCle("2070397411123");
      c.apprenti.departementNaissance = "974";
    };
    expect(evaluerUneRegle(regleNirDepartementNaissance, reunion).statut).toBe("conforme");
    expect(evaluerUneRegle(regleNirDepartementNaissance, (c) => { reunion(c); c.apprenti.departementNaissance = "971"; }).statut).toBe("non_conforme");
    const etranger = (c: any) => {
      c.apprenti.nir = avecCle("2070399350123");
      c.apprenti.departementNaissance = "99";
    };
    expect(evaluerUneRegle(regleNirDepartementNaissance, etranger).statut).toBe("conforme");
    const corseAvant1976 = (c: any) => {
      c.apprenti.nir = avecCle("1750320004123");
      c.apprenti.departementNaissance = "2B";
      c.apprenti.dateNaissance = "1975-03-02";
    };
    expect(evaluerUneRegle(regleNirDepartementNaissance, corseAvant1976).statut).toBe("conforme");
  });
});
