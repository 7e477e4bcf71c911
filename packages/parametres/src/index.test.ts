import { describe, expect, it } from "vitest";
import * as api from "./index";

function estParametre(x: unknown): x is api.Parametre<unknown> {
  return typeof x === "object" && x !== null && "id" in x && "valeurs" in x && Array.isArray((x as { valeurs: unknown }).valeurs);
}

describe("API publique", () => {
  it("chaque paramètre exporté figure au catalogue, et chaque paramètre du catalogue est exporté", () => {
    const exportes = Object.values(api).filter(estParametre);
    expect(exportes.length).toBe(api.catalogueParametres.length);
    for (const p of exportes) expect(api.catalogueParametres).toContain(p);
  });

  it("expose les noms attendus par les autres paquets", () => {
    for (const nom of [
      "smicHoraireMetropole",
      "smicMensuelMetropole",
      "smicHoraireMayotte",
      "smicMensuelMayotte",
      "grilleRemunerationApprenti",
      "ageMinimumApprenti",
      "ageMaximumApprenti",
      "valeurParametre",
      "parametreParId",
      "catalogueParametres",
    ]) {
      expect(api, nom).toHaveProperty(nom);
    }
  });
});
