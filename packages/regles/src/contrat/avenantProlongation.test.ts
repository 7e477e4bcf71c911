import { describe, expect, it } from "vitest";
import { evaluerUneRegle } from "../test/evaluerUneRegle";
import { regleAvenantProlongation } from "./avenantProlongation";

const avenant33 = (taux: number | null) => (c: any) => {
  c.contrat.typeContratApp = "33";
  c.contrat.dateEffetAvenant = "2027-09-01";
  c.contrat.dateFinContrat = "2028-08-31";
  if (taux !== null) c.contrat.remunerationsAnnuelles.push({ ordre: "3.1", dateDebut: "2027-09-01", dateFin: "2028-08-31", taux, tauxMinimal: 67, typeSalaire: "SMIC" });
};

describe("R-AVENANT-33 prolongation après échec à l'examen", () => {
  it("non applicable hors avenant 33", () => {
    expect(evaluerUneRegle(regleAvenantProlongation).statut).toBe("non_applicable");
  });
  it("nouvelle période au taux au moins égal : conforme", () => {
    expect(evaluerUneRegle(regleAvenantProlongation, avenant33(67)).statut).toBe("conforme");
  });
  it("taux inférieur à la dernière période : avertissement", () => {
    const r = evaluerUneRegle(regleAvenantProlongation, avenant33(43));
    expect(r.constats[0]).toMatchObject({ statut: "non_conforme", severite: "avertissement", details: { tauxPremiereNouvellePeriode: 43, tauxDernierePeriode: 51 } });
  });
  it("sans nouvelle période : non conforme ; sans période antérieure : indéterminé", () => {
    expect(evaluerUneRegle(regleAvenantProlongation, avenant33(null)).statut).toBe("non_conforme");
    const seule = evaluerUneRegle(regleAvenantProlongation, (c) => {
      avenant33(67)(c);
      c.contrat.remunerationsAnnuelles = c.contrat.remunerationsAnnuelles.slice(2);
    });
    expect(seule.statut).toBe("indetermine");
  });
});
