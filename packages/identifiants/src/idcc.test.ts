import { describe, expect, it } from "vitest";
import { IDCC_CONVENTION_EN_NEGOCIATION, IDCC_SANS_CONVENTION, idccSpecial, schemaIdcc, verifierIdcc } from "./idcc";

describe("verifierIdcc", () => {
  it("accepte des IDCC réels et les complète à 4 chiffres", () => {
    expect(verifierIdcc("16")).toEqual({ valide: true, normalise: "0016" }); // transports routiers
    expect(verifierIdcc("0014")).toEqual({ valide: true, normalise: "0014" }); // production cinématographique
    expect(verifierIdcc("1486")).toEqual({ valide: true, normalise: "1486" }); // Syntec
    expect(verifierIdcc(" 3248 ")).toEqual({ valide: true, normalise: "3248" }); // métallurgie
  });

  it("accepte les codes spéciaux du CERFA 9998 et 9999", () => {
    expect(verifierIdcc("9999")).toEqual({ valide: true, normalise: IDCC_SANS_CONVENTION });
    expect(verifierIdcc("9998")).toEqual({ valide: true, normalise: IDCC_CONVENTION_EN_NEGOCIATION });
    expect(idccSpecial("9999")).toBe("sans_convention");
    expect(idccSpecial("9998")).toBe("en_negociation");
    expect(idccSpecial("16")).toBeNull();
    expect(idccSpecial("abc")).toBeNull();
  });

  it("refuse plus de 4 chiffres, les lettres et le vide", () => {
    const codes = (valeur: string) => {
      const resultat = verifierIdcc(valeur);
      return resultat.valide ? [] : resultat.erreurs.map((e) => e.code);
    };
    expect(codes("12345")).toEqual(["idcc.longueur"]);
    expect(codes("16A")).toEqual(["idcc.caracteres"]);
    expect(codes("")).toEqual(["idcc.vide"]);
  });

  it("expose un schéma zod qui accepte aussi un nombre", () => {
    expect(schemaIdcc.parse(16)).toBe("0016");
    expect(schemaIdcc.parse("1486")).toBe("1486");
    expect(schemaIdcc.safeParse(12345).error?.issues[0]?.message).toBe("le code IDCC doit comporter au plus 4 chiffres (5 reçus)");
    expect(schemaIdcc.safeParse(-3).success).toBe(false);
  });
});
