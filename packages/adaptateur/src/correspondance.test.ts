import { lireDossier } from "@communs-opco/schemas";
import { describe, expect, it } from "vitest";
import { cheminsNonTransportes } from "./cheminsNonTransportes.js";
import { rapportDepuisTable } from "./rapportDepuisTable.js";
import type { TableCorrespondance } from "./TableCorrespondance.js";
import { validerCandidat } from "./validerCandidat.js";
import { versFormat } from "./versFormat.js";
import { versStandard } from "./versStandard.js";

const table: TableCorrespondance = {
  format: "essai",
  entrees: [
    { source: "/details/no", standard: "numeroDeca" },
    { source: "/details/no", standard: "contrat.contrat.noContrat" },
    { source: "/personne/nom", standard: "contrat.apprenti.nom" },
    { source: "/personne/naissance", standard: "contrat.apprenti.dateNaissance" },
    {
      source: "/personne/sexe",
      standard: "contrat.apprenti.sexe",
      conversion: "1/2 ↔ M/F",
      versFormat: (v) => (v === "M" ? 1 : v === "F" ? 2 : v),
    },
  ],
  ignores: [{ source: "/technique", raison: "Champ technique" }],
};

describe("tables de correspondance", () => {
  it("recopie les champs de la table, conserve les autres en extension et saute les ignorés", () => {
    const r = versStandard(
      { details: { no: "02B202212000000", inconnu: "x" }, personne: { nom: "MARTIN", sexe: 2, adresse: { rue: "r" }, vide: {} }, technique: 1, liste: [1, 2] },
      table,
    );
    expect(r.candidat).toEqual({ numeroDeca: "02B202212000000", contrat: { contrat: { noContrat: "02B202212000000" }, apprenti: { nom: "MARTIN", sexe: 2 } } });
    expect(r.extensions).toEqual({
      "essai:/details/inconnu": "x",
      "essai:/personne/adresse": { rue: "r" },
      "essai:/personne/vide": {},
      "essai:/liste": [1, 2],
    });
    expect(r.origines.get("contrat.apprenti.sexe")).toBe("/personne/sexe");
  });

  it("valide avec le standard et relocalise les erreurs sur le champ source", () => {
    const ok = validerCandidat(versStandard({ details: { no: "02b202212000000" }, personne: { sexe: "2", x: 1 } }, table), {
      lecteur: lireDossier,
      fichier: "f.json",
      pointeur: "/contrats/3",
    });
    expect(ok).toEqual({
      ok: true,
      valeur: { numeroDeca: "02B202212000000", contrat: { contrat: { noContrat: "02B202212000000" }, apprenti: { sexe: "F" } }, extensions: { "essai:/personne/x": 1 } },
      source: { fichier: "f.json", pointeur: "/contrats/3" },
    });
    const ko = validerCandidat(versStandard({ personne: { naissance: "31/02/2007", sexe: "Z" } }, table), {
      lecteur: lireDossier,
      fichier: "f.json",
      pointeur: "/contrats/4",
    });
    expect(ko.ok).toBe(false);
    if (!ko.ok) {
      expect(ko.erreur.code).toBe("enregistrement_invalide");
      expect(ko.erreur.source.pointeur).toBe("/contrats/4/personne/naissance");
      expect(ko.erreur.message).toContain("et 1 autre anomalie");
    }
  });

  it("écrit dans le format, remet les extensions en place et liste les pertes", () => {
    const standard = {
      numeroDeca: "02B202212000000",
      etat: "TRANSMIS",
      contrat: { apprenti: { nom: "MARTIN", sexe: "M", prenom: "Léa" }, maitre1: { nom: "X" } },
      extensions: { "essai:/personne/adresse": { rue: "r" }, "autre:/a": 1 },
    };
    expect(versFormat(standard, table)).toEqual({
      details: { no: "02B202212000000" },
      personne: { nom: "MARTIN", sexe: 1, adresse: { rue: "r" } },
    });
    expect(cheminsNonTransportes(standard, table)).toEqual(["etat", "contrat.apprenti.prenom", "contrat.maitre1.nom"]);
  });

  it("produit le rapport déclaré", () => {
    const rapport = rapportDepuisTable(table, [{ source: "/personne/adresse", raison: "Non découpée" }], ["contrat.maitre1"]);
    expect(rapport.format).toBe("essai");
    expect(rapport.champs.filter((c) => c.traitement === "standard")).toHaveLength(5);
    expect(rapport.champs).toContainEqual({ champSource: "/technique", traitement: "ignore", raison: "Champ technique" });
    expect(rapport.champs).toContainEqual({ champSource: "/personne/adresse", traitement: "extension", raison: "Non découpée" });
    expect(rapport.nonTransportes).toEqual(["contrat.maitre1"]);
  });
});

describe("champs conservés en extension", () => {
  it("compte les clés d'extension à la racine et dans le contrat", async () => {
    const { champsEnExtension } = await import("./champsEnExtension.js");
    expect(
      champsEnExtension([
        { extensions: { "deca:/b": 1, "deca:/a": 2 } },
        { contrat: { extensions: { "deca:/a": 3 } } },
        "x",
        { numeroDeca: "1" },
      ]),
    ).toEqual([
      { champ: "deca:/a", occurrences: 2 },
      { champ: "deca:/b", occurrences: 1 },
    ]);
  });
});

describe("écriture de chemins issus de données non fiables", () => {
  it("refuse __proto__, constructor et prototype (pas de pollution de prototype)", async () => {
    const { ecrireChemin } = await import("./ecrireChemin.js");
    const cible: Record<string, unknown> = {};
    expect(ecrireChemin(cible, ["__proto__", "pollue"], 1)).toBe(false);
    expect(ecrireChemin(cible, ["a", "constructor", "prototype"], 1)).toBe(false);
    expect(({} as Record<string, unknown>)["pollue"]).toBeUndefined();
    const sortie = versFormat({ extensions: { "essai:/__proto__/pollue": 1, "essai:/ok": 2 } }, table);
    expect(sortie).toEqual({ ok: 2 });
    expect(({} as Record<string, unknown>)["pollue"]).toBeUndefined();
  });
});
