import { verifierNir, verifierSiret, verifierUai } from "@communs-opco/identifiants";
import { opcoParIdcc } from "@communs-opco/nomenclatures";
import { evaluerRegles, registreContrat } from "@communs-opco/regles";
import { lireContrat } from "@communs-opco/schemas";
import { describe, expect, it } from "vitest";
import { defautsDemo } from "./defautsDemo";
import { donneesDemo } from "./donneesDemo";
import { genererContratsDemo, type LigneDemo } from "./genererContratsDemo";

const DATE = "2025-11-03";
const lignes: LigneDemo[] = [...genererContratsDemo({ nombre: 300, graine: 2025 })];

describe("genererContratsDemo", () => {
  it("est reproductible : même graine, même sortie ; autre graine, autre sortie", () => {
    const encore = [...genererContratsDemo({ nombre: 300, graine: 2025 })].map((l) => l.texte);
    expect(encore).toEqual(lignes.map((l) => l.texte));
    const autre = [...genererContratsDemo({ nombre: 20, graine: "autre" })].map((l) => l.texte);
    expect(autre).not.toEqual(lignes.slice(0, 20).map((l) => l.texte));
    expect([...genererContratsDemo({ nombre: 20, graine: "autre" })].map((l) => l.texte)).toEqual(autre);
  });

  it("couvre les 11 OPCO avec des IDCC réels qui leur sont rattachés", () => {
    for (const s of donneesDemo.secteurs) expect(opcoParIdcc(s.idcc)?.slug).toBe(s.opco);
    expect(new Set(donneesDemo.secteurs.map((s) => s.opco)).size).toBe(11);
    const opcos = new Set(lignes.filter((l) => l.defaut === null).map((l) => opcoParIdcc((JSON.parse(l.texte) as { employeur: { codeIdcc: string } }).employeur.codeIdcc)?.slug));
    expect(opcos.size).toBe(11);
  });

  it("produit des contrats conformes : identifiants à clé valide, schéma strict et aucun constat des règles", () => {
    const conformes = lignes.filter((l) => l.defaut === null);
    expect(conformes.length).toBeGreaterThan(120);
    for (const ligne of conformes) {
      const lu = lireContrat(JSON.parse(ligne.texte));
      expect(lu.ok && lu.avertissements).toEqual([]);
      if (!lu.ok) continue;
      const c = lu.contrat;
      expect(verifierSiret(c.employeur?.siret ?? "").valide).toBe(true);
      expect(verifierSiret(c.organismeFormation?.siret ?? "").valide).toBe(true);
      expect(verifierUai(c.organismeFormation?.uaiCfa ?? "").valide).toBe(true);
      expect(verifierNir(c.apprenti?.nir ?? "").valide).toBe(true);
      const constats = evaluerRegles(registreContrat, c, { dateEvaluation: DATE }).constats;
      expect(constats.map((k) => `${k.regle} : ${k.message}`)).toEqual([]);
    }
  });

  it("chaque famille de défauts est présente et détectée par une règle de la spécification attendue", () => {
    const specParRegle = new Map(registreContrat.regles.map((r) => [r.id, r.idSpecification ?? []]));
    for (const defaut of defautsDemo) {
      const porteurs = lignes.filter((l) => l.defaut?.id === defaut.id);
      expect(porteurs.length, defaut.id).toBeGreaterThan(0);
      for (const ligne of porteurs) {
        if (defaut.illisible) {
          expect(() => JSON.parse(ligne.texte), defaut.id).toThrow();
          continue;
        }
        const lu = lireContrat(JSON.parse(ligne.texte));
        expect(lu.ok, defaut.id).toBe(true);
        if (!lu.ok) continue;
        const constats = evaluerRegles(registreContrat, lu.contrat, { dateEvaluation: DATE }).constats;
        const specs = constats.filter((k) => k.statut === "non_conforme").flatMap((k) => [...(specParRegle.get(k.regle) ?? [])]);
        expect(specs.some((s) => defaut.idSpecification.includes(s)), `${defaut.id} : ${constats.map((k) => k.regle).join(", ")}`).toBe(true);
      }
    }
  });
});
