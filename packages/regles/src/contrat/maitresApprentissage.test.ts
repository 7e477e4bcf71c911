import { describe, expect, it } from "vitest";
import { evaluerReglesAsync } from "../evaluerReglesAsync";
import { contratConforme } from "../test/contratConforme";
import { evaluerUneRegle } from "../test/evaluerUneRegle";
import {
  regleAgeMaitre,
  regleAttestationEligibiliteMaitre,
  regleMaitre2Complet,
  regleMaitresDistincts,
  regleNiveauDiplomeMaitre,
  regleNombreApprentisParMaitre,
  type MaitreRecherche,
} from "./maitresApprentissage";

describe("maîtres d'apprentissage", () => {
  it("R-MA-AGE majeur au début du contrat", () => {
    expect(evaluerUneRegle(regleAgeMaitre).statut).toBe("conforme");
    expect(evaluerUneRegle(regleAgeMaitre, (c) => (c.maitre1.dateNaissance = "2007-09-01")).statut).toBe("conforme");
    expect(evaluerUneRegle(regleAgeMaitre, (c) => (c.maitre1.dateNaissance = "2007-09-02")).statut).toBe("non_conforme");
    const m2 = evaluerUneRegle(regleAgeMaitre, (c) => (c.maitre2 = { nom: "PETIT", prenom: "Jean", dateNaissance: "2008-01-01" }));
    expect(m2.constats[0]?.details).toMatchObject({ maitre: "maitre2", age: 17 });
  });
  it("R-MA-3 maître 2 complet", () => {
    expect(evaluerUneRegle(regleMaitre2Complet).statut).toBe("conforme");
    expect(evaluerUneRegle(regleMaitre2Complet, (c) => (c.maitre2 = { nom: "PETIT", prenom: "Jean", dateNaissance: "1980-01-01" })).statut).toBe("conforme");
    expect(evaluerUneRegle(regleMaitre2Complet, (c) => (c.maitre2 = { nom: "PETIT" })).constats[0]?.chemins).toEqual(["maitre2.prenom", "maitre2.dateNaissance"]);
  });
  it("R-MA-ELIG attestation et niveau", () => {
    expect(evaluerUneRegle(regleAttestationEligibiliteMaitre).statut).toBe("conforme");
    expect(evaluerUneRegle(regleAttestationEligibiliteMaitre, (c) => (c.maitre1.attestationEligibilite = false)).statut).toBe("non_conforme");
    expect(evaluerUneRegle(regleNiveauDiplomeMaitre).statut).toBe("conforme");
    const bas = evaluerUneRegle(regleNiveauDiplomeMaitre, (c) => (c.maitre1.niveauDiplome = "4"));
    expect(bas.constats[0]).toMatchObject({ severite: "avertissement", details: { niveauMaitre: 4, niveauPrepare: 5, experienceRequiseAnnees: 2 } });
    // au niveau du diplôme préparé (5) : conforme ; un niveau en dessous (4) : avertissement (ci-dessus)
    expect(evaluerUneRegle(regleNiveauDiplomeMaitre, (c) => (c.maitre1.niveauDiplome = "5")).statut).toBe("conforme");
  });
  it("R-MA-ELIG sans niveau du diplôme préparé : indéterminé, jamais conforme", () => {
    const sansNiveau = evaluerUneRegle(regleNiveauDiplomeMaitre, (c) => (c.formation.typeDiplome = "25"));
    expect(sansNiveau.statut).toBe("indetermine");
    expect(sansNiveau.constats[0]?.message).toContain("pas de niveau européen");
    expect(evaluerUneRegle(regleNiveauDiplomeMaitre, (c) => delete c.formation.typeDiplome).statut).toBe("indetermine");
  });
  it("R-MA-APPRENTI et R-MA-DISTINCT", () => {
    expect(evaluerUneRegle(regleMaitresDistincts).statut).toBe("conforme");
    expect(evaluerUneRegle(regleMaitresDistincts, (c) => (c.maitre2 = { nom: "Durand", prenom: "KARIM", dateNaissance: "1985-06-02" })).statut).toBe("non_conforme");
    expect(evaluerUneRegle(regleMaitresDistincts, (c) => (c.maitre1 = { ...c.maitre1, nom: "Martin", prenom: "Lea", dateNaissance: "2007-03-14" })).statut).toBe("non_conforme");
  });
  it("R-MA-NB nombre d'apprentis par maître (port portefeuille)", async () => {
    const appels: MaitreRecherche[] = [];
    const portefeuille = (total: number, prolongesApresEchec: number) => ({
      async apprentisEncadres(m: MaitreRecherche) {
        appels.push(m);
        return { total, prolongesApresEchec };
      },
    });
    const ctx = (total: number, prolonges: number) => ({ dateEvaluation: "2025-08-25", ports: { portefeuille: portefeuille(total, prolonges) } });
    expect((await evaluerReglesAsync([regleNombreApprentisParMaitre], contratConforme(), ctx(1, 0))).constats).toEqual([]);
    expect(appels[0]).toEqual({ siren: "828327005", nom: "DURAND", prenom: "Karim", dateNaissance: "1985-06-02" });
    expect((await evaluerReglesAsync([regleNombreApprentisParMaitre], contratConforme(), ctx(2, 1))).constats).toEqual([]);
    const trop = await evaluerReglesAsync([regleNombreApprentisParMaitre], contratConforme(), ctx(2, 0));
    expect(trop.constats[0]).toMatchObject({ statut: "non_conforme", severite: "avertissement", details: { dejaEncadres: 2 } });
    const sansPort = await evaluerReglesAsync([regleNombreApprentisParMaitre], contratConforme(), { dateEvaluation: "2025-08-25" });
    expect(sansPort.constats[0]).toMatchObject({ statut: "indetermine", manquants: ["ports.portefeuille"] });
  });
});
