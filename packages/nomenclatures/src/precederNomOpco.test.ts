import { describe, expect, it } from "vitest";
import { opcoParSlug } from "./opcoParSlug";
import { precederNomOpco } from "./precederNomOpco";
import { slugsOpco } from "./slugsOpco";

describe("precederNomOpco", () => {
  it("élide et place l'article pour chacun des 11 OPCO", () => {
    expect(slugsOpco.map((s) => precederNomOpco("de", opcoParSlug(s).nomOfficiel))).toEqual([
      "d'AFDAS",
      "d'AKTO",
      "de l'OPCO Atlas",
      "de Constructys",
      "d'OCAPIAT",
      "de l'OPCO 2i",
      "de l'Opcommerce",
      "de l'OPCO EP",
      "de l'OPCO Mobilités",
      "de l'OPCO Santé",
      "d'Uniformation",
    ]);
  });

  it("n'élide pas « à » devant une voyelle, mais garde l'article", () => {
    expect(precederNomOpco("à", "AKTO")).toBe("à AKTO");
    expect(precederNomOpco("à", "L'Opcommerce")).toBe("à l'Opcommerce");
    expect(precederNomOpco("à", "OPCO Mobilités")).toBe("à l'OPCO Mobilités");
    expect(precederNomOpco("à", "Constructys")).toBe("à Constructys");
  });
});
