import { tablesCerfa } from "@communs-opco/nomenclatures";
import { describe, expect, it } from "vitest";
import { codesCerfa } from "./codesCerfa.js";

const correspondances: Record<string, keyof typeof codesCerfa> = {
  typeEmployeur: "typeEmployeur",
  employeurSpecifique: "employeurSpecifique",
  sexe: "sexe",
  nationalite: "nationalite",
  regimeSocial: "regimeSocial",
  situationAvantContrat: "situationAvantContrat",
  derniereClasse: "derniereClasse",
  diplome: "diplome",
  niveauDiplome: "niveauDiplomeMaitre",
  modeContractuel: "modeContractuel",
  typeContratApp: "typeContratApp",
  typeDerogation: "typeDerogation",
  typeSalaire: "typeSalaire",
};

describe("codesCerfa", () => {
  it("a exactement les codes des tables du CERFA de @communs-opco/nomenclatures", () => {
    for (const [idTable, cle] of Object.entries(correspondances)) {
      const table = (tablesCerfa as Record<string, { entrees: readonly { code: string }[] }>)[idTable];
      expect(table, idTable).toBeDefined();
      expect(Object.keys(codesCerfa[cle]).sort(), idTable).toEqual(table?.entrees.map((e) => e.code).sort());
    }
  });
});
