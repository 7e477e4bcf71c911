import { describe, expect, it } from "vitest";
import { lireHistoriqueJsonl } from "./lireHistoriqueJsonl";

describe("lireHistoriqueJsonl", () => {
  it("classe chaque ligne en valide, invalide ou illisible, sans rien perdre", () => {
    const lignes = [
      '\uFEFF{"siret":"80123456700015","departement":"075","effectif":8,"idcc":"843","romes":["D1102"],"embauches":[{"date":"2025-09-01","typeContrat":11}]}',
      "",
      '{"siret":"80123456700016","departement":"75","effectif":8,"romes":[],"embauches":[]}',
      "{oups",
      '{"siret":"51234567800019","departement":"99","effectif":-1,"romes":["g1602"],"embauches":[{"date":"2025-02-30","typeContrat":11}]}',
      '{"siret":"80123456700015","departement":"75","effectif":8,"romes":[],"embauches":[]}',
    ];
    const lecture = lireHistoriqueJsonl(lignes.join("\n"));
    expect(lecture.lignes).toBe(5);
    expect(lecture.etablissements).toEqual([
      { siret: "80123456700015", departement: "75", effectif: 8, idcc: "0843", romes: ["D1102"], embauches: [{ date: "2025-09-01", typeContrat: 11 }] },
    ]);
    expect(lecture.illisibles.map((i) => i.ligne)).toEqual([4]);
    expect(lecture.invalides.map((i) => [i.ligne, i.siret, i.problemes.map((p) => p.chemin)])).toEqual([
      [3, "80123456700016", ["siret"]],
      [5, "51234567800019", ["departement", "effectif", "romes.0", "embauches.0.date"]],
      [6, "80123456700015", ["siret"]],
    ]);
    expect(lecture.etablissements.length + lecture.invalides.length + lecture.illisibles.length).toBe(lecture.lignes);
  });
});
