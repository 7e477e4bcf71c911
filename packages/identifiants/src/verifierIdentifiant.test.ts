import { describe, expect, it } from "vitest";
import { estTypeIdentifiant, LIBELLES_TYPE_IDENTIFIANT, TYPES_IDENTIFIANT } from "./TypeIdentifiant";
import { verifierIdentifiant } from "./verifierIdentifiant";

describe("verifierIdentifiant", () => {
  it("aiguille vers le contrôle de chaque type", () => {
    const exemples: Record<(typeof TYPES_IDENTIFIANT)[number], [string, string]> = {
      siret: ["356 000 000 09075", "35600000009075"],
      siren: ["356000000", "356000000"],
      uai: ["0951099d", "0951099D"],
      nir: ["1 84 12 76 451 089 46", "184127645108946"],
      cfd: ["1022001", "01022001"],
      rncp: ["38430", "RNCP38430"],
      rs: ["5436", "RS5436"],
      idcc: ["16", "0016"],
      naf: ["6201Z", "62.01Z"],
      insee: ["2a004", "2A004"],
      code_postal: ["20000", "20000"],
      departement: ["075", "75"],
      numero_deca: ["02b202212000000", "02B202212000000"],
    };
    for (const type of TYPES_IDENTIFIANT) {
      const [valeur, normalise] = exemples[type];
      expect(verifierIdentifiant(type, valeur), type).toEqual({ valide: true, normalise });
    }
  });

  it("renvoie les erreurs préfixées par le type", () => {
    const resultat = verifierIdentifiant("siret", "35600000009090");
    expect(resultat).toEqual({ valide: false, erreurs: [{ code: "siret.cle", message: "la clé de contrôle est incorrecte" }] });
  });

  it("connaît la liste des types et leurs libellés", () => {
    expect(TYPES_IDENTIFIANT).toHaveLength(13);
    expect(Object.keys(LIBELLES_TYPE_IDENTIFIANT).sort()).toEqual([...TYPES_IDENTIFIANT].sort());
    expect(estTypeIdentifiant("numero_deca")).toBe(true);
    expect(estTypeIdentifiant("iban")).toBe(false);
  });
});
