import type { Constat } from "@communs-opco/regles";
import { describe, expect, it } from "vitest";
import { BilanControle } from "./BilanControle";
import { constatsSchema } from "./constatsSchema";
import type { ResultatControle } from "./ResultatControle";
import { statutEnregistrement } from "./statutEnregistrement";

function constat(regle: string, severite: Constat["severite"], statut: Constat["statut"] = "non_conforme"): Constat {
  return { regle, severite, statut, chemins: [], message: regle, references: [], parametres: [], details: {} };
}

function resultat(index: number, statut: ResultatControle["statut"], constats: Constat[]): ResultatControle {
  return { index, source: { fichier: "f", ligne: index }, statut, constats };
}

describe("statutEnregistrement", () => {
  it("non conforme l'emporte sur indéterminé, qui l'emporte sur conforme", () => {
    expect(statutEnregistrement([])).toBe("conforme");
    expect(statutEnregistrement([constat("a.b", "information", "indetermine")])).toBe("indetermine");
    expect(statutEnregistrement([constat("a.b", "bloquant", "indetermine"), constat("c.d", "information")])).toBe("non_conforme");
  });
});

describe("constatsSchema", () => {
  it("convertit les anomalies du schéma en constats schema.<code> en notation pointée", () => {
    const [c] = constatsSchema([{ chemin: "apprenti.dateNaissance", code: "invalid_format", message: "Date invalide" }], "bloquant");
    expect(c).toMatchObject({ regle: "schema.invalidFormat", severite: "bloquant", statut: "non_conforme", chemins: ["apprenti.dateNaissance"], message: "apprenti.dateNaissance : Date invalide" });
  });
});

describe("BilanControle", () => {
  it("compte les statuts (total = somme), les gravités et classe les règles par enregistrements concernés", () => {
    const bilan = new BilanControle();
    bilan.ajouter(resultat(1, "conforme", []));
    bilan.ajouter(resultat(2, "non_conforme", [constat("x.siret", "bloquant"), constat("x.siret", "bloquant"), constat("y.commune", "avertissement")]));
    bilan.ajouter(resultat(3, "non_conforme", [constat("y.commune", "avertissement")]));
    bilan.ajouter(resultat(4, "indetermine", [constat("z.dns", "bloquant", "indetermine")]));
    bilan.ajouter({ index: 5, source: { fichier: "f", ligne: 5 }, statut: "illisible", constats: [], raison: "JSON invalide" });
    expect(bilan.resume()).toEqual({ total: 5, conformes: 1, conformesVerificationsExecutees: 0, nonConformes: 2, indetermines: 1, illisibles: 1 });
    expect(bilan.constatsParSeverite).toEqual({ bloquant: 3, avertissement: 2, information: 0 });
    expect(bilan.reglesFrequentes(2)).toEqual([
      { regle: "y.commune", severite: "avertissement", enregistrements: 2, constats: 2 },
      { regle: "x.siret", severite: "bloquant", enregistrements: 1, constats: 2 },
    ]);
    expect(bilan.aDesBloquants).toBe(true);
  });

  it("sans constat bloquant ni enregistrement illisible, pas de code de sortie 1", () => {
    const bilan = new BilanControle();
    bilan.ajouter(resultat(1, "non_conforme", [constat("y.commune", "avertissement")]));
    expect(bilan.aDesBloquants).toBe(false);
    bilan.ajouter({ index: 2, source: { fichier: "f", ligne: 2 }, statut: "illisible", constats: [], raison: "JSON invalide" });
    expect(bilan.aDesBloquants).toBe(true);
  });
});
