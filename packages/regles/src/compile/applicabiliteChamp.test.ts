import { describe, expect, it } from "vitest";
import { Lecture } from "../Lecture";
import { siBooleen, siRenseigne, siTexte, siTexteSelon, siVrai } from "./applicabiliteChamp";
import { creerVueContrat } from "./VueContrat";

/** Valeurs d'un champ : absentes, vides, espaces, textes rognés ou non, nombres, booléens, objets. */
const valeurs: unknown[] = [undefined, null, "", "  ", "21", " 21 ", "21 ", "2 1", 21, 21.5, Number.NaN, Number.POSITIVE_INFINITY, true, false, "true", [], ["21"], {}, { a: 1 }];

describe("applicabiliteChamp", () => {
  it("applicable et applicableVue rendent la décision de Lecture (renseigne, texte, texte selon un critère, brut === true, brut booléen), champ posé ou bloc absent", () => {
    const contrats: object[] = [{}, { contrat: null }, { contrat: "texte" }, ...valeurs.map((v) => ({ contrat: { typeContratApp: v } }))];
    const cas = [
      { applicabilite: siRenseigne("contrat.typeContratApp"), attendu: (c: object) => new Lecture(c).renseigne("contrat.typeContratApp") },
      { applicabilite: siTexte("contrat.typeContratApp", "21"), attendu: (c: object) => new Lecture(c).texte("contrat.typeContratApp") === "21" },
      { applicabilite: siVrai("contrat.typeContratApp"), attendu: (c: object) => new Lecture(c).brut("contrat.typeContratApp") === true },
      {
        applicabilite: siTexteSelon("contrat.typeContratApp", (t) => /^2\d$/.test(t)),
        attendu: (c: object) => {
          const t = new Lecture(c).texte("contrat.typeContratApp");
          return t !== undefined && /^2\d$/.test(t);
        },
      },
      { applicabilite: siBooleen("contrat.typeContratApp"), attendu: (c: object) => typeof new Lecture(c).brut("contrat.typeContratApp") === "boolean" },
    ];
    for (const contrat of contrats) {
      const vue = creerVueContrat(contrat, 20_395);
      for (const { applicabilite, attendu } of cas) {
        expect(applicabilite.applicable(contrat)).toBe(attendu(contrat));
        expect(applicabilite.applicableVue(vue)).toBe(attendu(contrat));
      }
    }
  });
});
