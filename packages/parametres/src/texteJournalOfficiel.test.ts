import { describe, expect, it } from "vitest";
import { texteJournalOfficiel } from "./texteJournalOfficiel";

describe("texteJournalOfficiel", () => {
  it("construit l'adresse ELI sans zéro initial au mois et au jour", () => {
    expect(texteJournalOfficiel("decret", "2025-06-27", "2025-585", "Décret n° 2025-585").url).toBe(
      "https://www.legifrance.gouv.fr/eli/decret/2025/6/27/2025-585/jo/texte",
    );
    expect(texteJournalOfficiel("loi", "2018-09-05", "2018-771", "Loi n° 2018-771").url).toBe(
      "https://www.legifrance.gouv.fr/eli/loi/2018/9/5/2018-771/jo/texte",
    );
  });

  it("ajoute l'identifiant seulement s'il est fourni", () => {
    expect(texteJournalOfficiel("decret", "2019-01-03", "2019-1", "Décret n° 2019-1")).not.toHaveProperty("identifiant");
    expect(texteJournalOfficiel("decret", "2019-01-03", "2019-1", "Décret", "JORFTEXT000000000001").identifiant).toBe("JORFTEXT000000000001");
  });
});
