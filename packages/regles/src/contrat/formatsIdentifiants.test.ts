import { describe, expect, it } from "vitest";
import { evaluerUneRegle } from "../test/evaluerUneRegle";
import { regleFormatCfd, regleFormatNir, regleFormatNumeroDeca, regleFormatRncp, regleFormatSiret, regleFormatUai } from "./formatsIdentifiants";

describe("formats d'identifiants", () => {
  it("SIRET : conforme, clé fausse, La Poste", () => {
    expect(evaluerUneRegle(regleFormatSiret).statut).toBe("conforme");
    const ko = evaluerUneRegle(regleFormatSiret, (c) => (c.organismeFormation.siret = "13000492600016"));
    expect(ko.statut).toBe("non_conforme");
    expect(ko.constats[0]?.chemins).toEqual(["organismeFormation.siret"]);
    expect(evaluerUneRegle(regleFormatSiret, (c) => (c.employeur.siret = "35600000009075")).statut).toBe("conforme");
    expect(evaluerUneRegle(regleFormatSiret, (c) => (c.employeur.siret = "1234")).statut).toBe("non_conforme");
  });
  it("UAI : lettre clé", () => {
    expect(evaluerUneRegle(regleFormatUai).statut).toBe("conforme");
    expect(evaluerUneRegle(regleFormatUai, (c) => (c.organismeFormation.uaiCfa = "0751234K")).statut).toBe("non_conforme");
  });
  it("RNCP et CFD", () => {
    expect(evaluerUneRegle(regleFormatRncp).statut).toBe("conforme");
    expect(evaluerUneRegle(regleFormatRncp, (c) => (c.formation.rncp = "RNCP1")).statut).toBe("non_conforme");
    expect(evaluerUneRegle(regleFormatCfd).statut).toBe("conforme");
    expect(evaluerUneRegle(regleFormatCfd, (c) => (c.formation.codeDiplome = "ABC")).statut).toBe("non_conforme");
  });
  it("numéro DECA", () => {
    expect(evaluerUneRegle(regleFormatNumeroDeca, (c) => (c.contrat.numeroContratPrecedent = "02B202212000000")).statut).toBe("conforme");
    expect(evaluerUneRegle(regleFormatNumeroDeca, (c) => (c.contrat.numeroContratPrecedent = "075202213000000")).statut).toBe("non_conforme");
  });
  it("NIR : clé fausse, sans que le NIR figure dans le message", () => {
    expect(evaluerUneRegle(regleFormatNir).statut).toBe("conforme");
    const ko = evaluerUneRegle(regleFormatNir, (c) => (c.apprenti.nir = "207037511123431"));
    expect(ko.statut).toBe("non_conforme");
    expect(ko.constats[0]?.message).not.toContain("2070375");
    expect(evaluerUneRegle(regleFormatNir, (c) => (c.apprenti.nir = "507037511123430")).statut).toBe("non_conforme");
  });
});
