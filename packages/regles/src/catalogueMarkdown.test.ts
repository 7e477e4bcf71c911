import { describe, expect, it } from "vitest";
import catalogueCommite from "../../../docs/regles.md?raw";
import { catalogueMarkdown } from "./catalogueMarkdown";
import { registreContrat } from "./registreContrat";

describe("catalogue docs/regles.md", () => {
  it("le catalogue commité est égal à une génération fraîche depuis le registre", () => {
    expect(catalogueCommite).toBe(catalogueMarkdown(registreContrat));
  });
  it("chaque règle y figure avec sa gravité et ses références", () => {
    const md = catalogueMarkdown(registreContrat);
    for (const r of registreContrat.regles) {
      expect(md).toContain(`### \`${r.id}\``);
      expect(md).toContain(r.references[0]!.titre);
    }
  });
});
