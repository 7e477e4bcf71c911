import { describe, expect, it } from "vitest";
import { importerDaresApeIdcc } from "./importerDaresApeIdcc";
import { importerDaresCcn } from "./importerDaresCcn";
import { importerIdccOpco } from "./importerIdccOpco";
import { importerKali } from "./importerKali";
import { dossierDonneesPartagees } from "@communs-opco/test-support";

const DONNEES = dossierDonneesPartagees();

const D = DONNEES;

describe("importeurs des conventions collectives", () => {
  it("KALI : convention et texte indépendant, date Excel", async () => {
    const r = await importerKali(`${D}/kali/sample.xlsx`);
    expect(r.statistiques.enregistrements).toBe(2);
    expect(r.enregistrements[0]).toMatchObject({ idKali: "KALICONT000046993250", type: "IDCC", idcc: "3248", etat: "VIGUEUR_ETEN", debut: "2024-01-01", fin: null });
    expect(r.enregistrements[1]).toMatchObject({ type: "TI", idcc: null });
  });

  it("DARES APE → IDCC : APE non diffusables conservés et marqués", async () => {
    const r = await importerDaresApeIdcc(`${D}/dares/ape_idcc/sample.xlsx`);
    expect(r.enregistrements.map((p) => [p.ape, p.idcc, p.nonDiffusable])).toEqual([
      ["01.11Z", null, true],
      ["01.12Z", null, true],
      ["18.12Z", "0706", false],
    ]);
    expect(r.enregistrements[2]?.part).toBe(1.1);
  });

  it("DARES liste des IDCC en vigueur", async () => {
    const r = await importerDaresCcn(`${D}/dares/ccn/sample.xlsx`);
    expect(r.enregistrements.map((c) => c.idcc)).toEqual(["0016", "0018", "0029"]);
  });

  it("table IDCC → OPCO : 330 branches, 11 OPCO", async () => {
    const r = await importerIdccOpco(`${D}/nomenclatures/idcc-opco.csv`);
    expect(r.statistiques).toMatchObject({ lignesLues: 330, enregistrements: 330, lignesRejetees: 0 });
    expect(new Set(r.enregistrements.map((e) => e.opco)).size).toBe(11);
    expect(r.enregistrements.find((e) => e.idcc === "0478")?.opco).toBe("OPCO ATLAS");
  });
});
