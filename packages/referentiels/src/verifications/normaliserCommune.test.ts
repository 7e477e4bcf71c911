import { describe, expect, it } from "vitest";
import { normaliserCommune } from "./normaliserCommune";

describe("normaliserCommune", () => {
  it("accents, casse, tirets, ST/STE, CEDEX, arrondissements", () => {
    expect(normaliserCommune("ST-DENIS")).toBe("saint denis");
    expect(normaliserCommune("Saint-Denis")).toBe("saint denis");
    expect(normaliserCommune("STE FOY LES LYON")).toBe("sainte foy les lyon");
    expect(normaliserCommune("Sainte-Foy-lès-Lyon")).toBe("sainte foy les lyon");
    expect(normaliserCommune("Saint-Étienne Cedex 2")).toBe("saint etienne");
    expect(normaliserCommune("PARIS 11E ARRONDISSEMENT")).toBe("paris");
    expect(normaliserCommune("Paris 1er Arrondissement")).toBe("paris");
    expect(normaliserCommune("Lyon 3e")).toBe("lyon");
    expect(normaliserCommune("MARSEILLE 08")).toBe("marseille");
    expect(normaliserCommune("L'Haÿ-les-Roses")).toBe("l hay les roses");
    // un nombre qui fait partie du nom n'est retiré qu'en fin de nom
    expect(normaliserCommune("Illkirch-Graffenstaden")).toBe("illkirch graffenstaden");
    expect(normaliserCommune("Bagnolet")).not.toBe(normaliserCommune("Montreuil"));
  });
});
