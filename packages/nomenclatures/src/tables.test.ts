import { describe, expect, it } from "vitest";
import {
  libelleCode,
  tableAcademies,
  tableConventionsCollectives,
  tableDepartements,
  tableIdccOpco,
  tableOpcos,
  tableRegions,
  tablesCerfa,
  type Table,
} from "./index";

const toutesLesTables: readonly Table<unknown>[] = [
  ...Object.values(tablesCerfa),
  tableIdccOpco,
  tableConventionsCollectives,
  tableDepartements,
  tableRegions,
  tableAcademies,
  tableOpcos,
];

function cle(table: Table<unknown>, entree: unknown): string {
  const e = entree as Record<string, unknown>;
  if (table.id === "idccOpco" || table.id === "conventionsCollectives") return String(e["idcc"]);
  if (table.id === "opcos") return String(e["slug"]);
  return String(e["code"]);
}

describe("métadonnées de toutes les tables", () => {
  it.each(toutesLesTables.map((t) => [t.id, t] as const))("%s a une source datée, une licence et des entrées", (_id, table) => {
    expect(table.titre.length).toBeGreaterThan(5);
    expect(table.source.nom.length).toBeGreaterThan(5);
    expect(table.source.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(table.licence).toMatch(/MIT|Licence Ouverte/);
    expect(table.entrees.length).toBeGreaterThan(0);
  });

  it("les identifiants de tables sont uniques", () => {
    const ids = toutesLesTables.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(toutesLesTables.map((t) => [t.id, t] as const))("%s n'a pas de code en double et ses codes sont des chaînes", (_id, table) => {
    const cles = table.entrees.map((e) => cle(table, e));
    expect(cles.every((c) => typeof c === "string" && c !== "" && c !== "undefined")).toBe(true);
    expect(new Set(cles).size).toBe(cles.length);
  });
});

describe("listes de codes du CERFA (contrat.md §2, opco-echanges.md §5)", () => {
  const codes = (t: Table<{ code: string }>) => t.entrees.map((e) => e.code);

  it("contient les 19 tables du fichier cerfa-codes.json", () => {
    expect(Object.keys(tablesCerfa)).toHaveLength(19);
  });

  it("typeContratApp : 11, 21–23, 31–38 avec leurs groupes", () => {
    expect(codes(tablesCerfa.typeContratApp)).toEqual(["11", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "38"]);
    expect(libelleCode(tablesCerfa.typeContratApp, "33")).toBe("Prolongation du contrat suite à un échec à l'examen de l'apprenti");
    expect(tablesCerfa.typeContratApp.entrees.find((e) => e.code === "23")?.groupe).toBe("Succession de contrats");
  });

  it("typeDerogation : 11, 12, 21, 22, 50, 60 (pas 99, propre à AGECAP)", () => {
    expect(codes(tablesCerfa.typeDerogation)).toEqual(["11", "12", "21", "22", "50", "60"]);
    expect(libelleCode(tablesCerfa.typeDerogation, "99")).toBeUndefined();
    expect(libelleCode(tablesCerfa.typeDerogation, "22")).toBe("Allongement de la durée du contrat ou de la période d'apprentissage");
  });

  it("typeEmployeur : privé 11–16, public 21–29", () => {
    const e = tablesCerfa.typeEmployeur.entrees;
    expect(e.filter((x) => x.groupe === "Privé").map((x) => x.code)).toEqual(["11", "12", "13", "14", "15", "16"]);
    expect(e.filter((x) => x.groupe === "Public").map((x) => x.code)).toEqual(["21", "22", "23", "24", "25", "26", "27", "28", "29"]);
    expect(libelleCode(tablesCerfa.typeEmployeur, "15")).toBe("Association");
  });

  it("employeurSpecifique, modeContractuel, nationalité, régime social, sexe", () => {
    expect(codes(tablesCerfa.employeurSpecifique)).toEqual(["0", "1", "2", "3", "4"]);
    expect(codes(tablesCerfa.modeContractuel)).toEqual(["1", "2", "3", "4"]);
    expect(libelleCode(tablesCerfa.modeContractuel, "2")).toBe("dans le cadre d'un CDI");
    expect(codes(tablesCerfa.nationalite)).toEqual(["1", "2", "3"]);
    expect(libelleCode(tablesCerfa.regimeSocial, "1")).toBe("MSA");
    expect(libelleCode(tablesCerfa.regimeSocial, "2")).toBe("URSSAF");
    expect(codes(tablesCerfa.sexe)).toEqual(["F", "M"]);
    expect(codes(tablesCerfa.codeIdccSpecial)).toEqual(["9999", "9998"]);
  });

  it("situationAvantContrat 1–12 et derniereClasse avec zéro de tête", () => {
    expect(codes(tablesCerfa.situationAvantContrat)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"]);
    expect(libelleCode(tablesCerfa.situationAvantContrat, "12")).toBe("Inactif");
    expect(codes(tablesCerfa.derniereClasse)).toEqual(["01", "11", "12", "21", "22", "31", "32", "40", "41", "42"]);
    expect(libelleCode(tablesCerfa.derniereClasse, "1")).toBeUndefined();
  });

  it("diplome : les 24 codes DIPLOMES avec leur niveau européen", () => {
    expect([...codes(tablesCerfa.diplome)].sort()).toEqual(
      ["13", "25", "26", "33", "34", "35", "38", "41", "42", "43", "49", "54", "55", "58", "61", "62", "63", "69", "71", "72", "73", "74", "79", "80"],
    );
    const niveau = (code: string) => tablesCerfa.diplome.entrees.find((e) => e.code === code)?.niveauEuropeen;
    expect(niveau("13")).toBeNull();
    expect(niveau("33")).toBe("3");
    expect(niveau("41")).toBe("4");
    expect(niveau("54")).toBe("5");
    expect(niveau("62")).toBe("6");
    expect(niveau("74")).toBe("7");
    expect(niveau("80")).toBe("8");
  });

  it("niveauDiplome du maître d'apprentissage : 0, 3 à 8", () => {
    expect(codes(tablesCerfa.niveauDiplome)).toEqual(["0", "3", "4", "5", "6", "7", "8"]);
  });

  it("pays : codes ISO alpha-2", () => {
    expect(tablesCerfa.pays.entrees.every((p) => /^[A-Z]{2}$/.test(p.code))).toBe(true);
    expect(libelleCode(tablesCerfa.pays, "FR")).toBe("FRANCE");
  });

  it("libelleCode renvoie undefined pour un code absent", () => {
    expect(libelleCode(tablesCerfa.nationalite, "4")).toBeUndefined();
  });
});
