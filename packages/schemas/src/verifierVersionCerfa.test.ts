import { describe, expect, it } from "vitest";
import { contratExemple } from "./exemples/contratExemple.js";
import { verifierVersionCerfa } from "./verifierVersionCerfa.js";

describe("verifierVersionCerfa", () => {
  it("ne signale rien pour le contrat d'exemple en version *14 ni sans version", () => {
    expect(verifierVersionCerfa(contratExemple)).toEqual([]);
    expect(verifierVersionCerfa({ apprenti: { handicapExtensionBoe: true } })).toEqual([]);
  });

  it("signale les champs postérieurs à la version déclarée", () => {
    const anomalies = verifierVersionCerfa({ ...contratExemple, versionCerfa: "09", contrat: { ...contratExemple.contrat, typeContratApp: "38" } });
    expect(anomalies.map((a) => a.chemin)).toEqual([
      "employeur.codeIdcc",
      "maitre1.nir",
      "contrat.dateDebutFormationPratique",
      "contrat.typeContratApp",
    ]);
    expect(anomalies[3]?.message).toBe(
      "La valeur 38 de « contrat.typeContratApp » n'existe qu'à partir du CERFA 10103*14 ; le contrat déclare la version *09.",
    );
  });

  it("accepte les sous-cases RQTH à partir du CERFA *13", () => {
    const contrat = { versionCerfa: "13" as const, apprenti: { handicapEquivalenceJeunes: true } };
    expect(verifierVersionCerfa(contrat)).toEqual([]);
    expect(verifierVersionCerfa({ ...contrat, versionCerfa: "12" }).map((a) => a.chemin)).toEqual(["apprenti.handicapEquivalenceJeunes"]);
  });
});
