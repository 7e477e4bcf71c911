import { describe, expect, it } from "vitest";
import { evaluerReglesAsync } from "../evaluerReglesAsync";
import { contratConforme } from "../test/contratConforme";
import { evaluerUneRegle } from "../test/evaluerUneRegle";
import { regleCodesCerfa } from "./codesCerfa";
import { regleDomaineCourriels, regleSyntaxeCourriels } from "./courriels";
import { regleEffectifEmployeur } from "./effectifEmployeur";
import { regleNomsPersonnes } from "./nomsPersonnes";
import { regleTelephones } from "./telephones";

describe("champs saisis", () => {
  it("codes des listes du CERFA", () => {
    expect(evaluerUneRegle(regleCodesCerfa).statut).toBe("conforme");
    const ko = evaluerUneRegle(regleCodesCerfa, (c) => {
      c.contrat.typeContratApp = "39";
      c.apprenti.departementNaissance = "20";
    });
    expect(ko.constats.map((x) => x.chemins[0])).toEqual(["contrat.typeContratApp", "apprenti.departementNaissance"]);
    const caisse = evaluerUneRegle(regleCodesCerfa, (c) => (c.contrat.caisseRetraiteSupplementaire = "Caisse inventée"));
    expect(caisse.constats[0]?.severite).toBe("avertissement");
    expect(evaluerUneRegle(regleCodesCerfa, (c) => (c.contrat.caisseRetraiteSupplementaire = "audiens (alliance professionnelle) agirc-arrco")).statut).toBe("conforme");
  });

  it("syntaxe des courriels, sans recopier l'adresse", () => {
    expect(evaluerUneRegle(regleSyntaxeCourriels).statut).toBe("conforme");
    const ko = evaluerUneRegle(regleSyntaxeCourriels, (c) => {
      c.apprenti.courriel = "lea.martin@exemple";
      c.maitre1.courriel = "karim..durand@exemple.fr";
    });
    expect(ko.constats.map((x) => x.message)).toEqual([
      'Le courriel (apprenti.courriel) doit comporter "@" et "." pour être valide.',
      "Le courriel (maitre1.courriel) doit être valide.",
    ]);
  });

  it("domaine des courriels (port dns)", async () => {
    const existants = new Set(["atelier-numerique.fr", "exemple.fr"]);
    const dns = { domaineExiste: async (d: string) => existants.has(d) };
    const ok = await evaluerReglesAsync([regleDomaineCourriels], contratConforme(), { dateEvaluation: "2025-08-25", ports: { dns } });
    expect(ok.constats).toEqual([]);
    const contrat = contratConforme();
    contrat.apprenti.courriel = "lea@domaine-inexistant.test";
    const ko = await evaluerReglesAsync([regleDomaineCourriels], contrat, { dateEvaluation: "2025-08-25", ports: { dns } });
    expect(ko.constats[0]).toMatchObject({ statut: "non_conforme", chemins: ["apprenti.courriel"] });
    expect(JSON.stringify(ko.constats[0])).not.toContain("domaine-inexistant");
    const panne = await evaluerReglesAsync([regleDomaineCourriels], contrat, {
      dateEvaluation: "2025-08-25",
      ports: { dns: { domaineExiste: () => Promise.reject(new Error("SERVFAIL")) } },
    });
    expect(panne.constats[0]).toMatchObject({ statut: "indetermine", manquants: ["ports.dns"] });
  });

  it("téléphones", () => {
    expect(evaluerUneRegle(regleTelephones).statut).toBe("conforme");
    expect(evaluerUneRegle(regleTelephones, (c) => (c.apprenti.telephone = "06 12 34 56 78")).statut).toBe("conforme");
    expect(evaluerUneRegle(regleTelephones, (c) => (c.apprenti.telephone = "+262692123456")).statut).toBe("conforme");
    expect(evaluerUneRegle(regleTelephones, (c) => (c.apprenti.telephone = "+3261234567")).statut).toBe("conforme");
    const court = evaluerUneRegle(regleTelephones, (c) => (c.employeur.telephone = "+3314355667"));
    expect(court.constats[0]?.message).toMatch(/Chiffres manquants/);
    expect(evaluerUneRegle(regleTelephones, (c) => (c.employeur.telephone = "+33")).constats[0]?.message).toMatch(/manquant/);
  });

  it("noms et prénoms", () => {
    expect(evaluerUneRegle(regleNomsPersonnes).statut).toBe("conforme");
    expect(evaluerUneRegle(regleNomsPersonnes, (c) => (c.maitre1.nom = "O'Neil")).statut).toBe("conforme");
    expect(evaluerUneRegle(regleNomsPersonnes, (c) => (c.apprenti.prenom = "Léa2")).statut).toBe("non_conforme");
  });

  it("effectif", () => {
    expect(evaluerUneRegle(regleEffectifEmployeur).statut).toBe("conforme");
    expect(evaluerUneRegle(regleEffectifEmployeur, (c) => (c.employeur.nombreDeSalaries = -1)).statut).toBe("non_conforme");
    expect(evaluerUneRegle(regleEffectifEmployeur, (c) => (c.employeur.nombreDeSalaries = 10_000_000)).statut).toBe("non_conforme");
    expect(evaluerUneRegle(regleEffectifEmployeur, (c) => (c.employeur.nombreDeSalaries = "douze")).statut).toBe("non_conforme");
  });
});
