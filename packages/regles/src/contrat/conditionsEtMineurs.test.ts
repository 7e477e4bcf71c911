import { describe, expect, it } from "vitest";
import { evaluerUneRegle } from "../test/evaluerUneRegle";
import {
  regleCoherenceMinorite,
  regleDureeTravailHebdomadaire,
  regleNationaliteHorsUnion,
  regleRepresentantLegal,
  regleTitreSejourMineur,
  regleTravauxReglementesMineur,
} from "./apprentiMineur";
import { regleAvantagesNature, regleNumeroContratPrecedentSuccession } from "./conditionsContrat";
import { reglePresenceChamps } from "./presenceChamps";

const mineure = (c: any) => {
  c.apprenti.dateNaissance = "2008-09-01"; // 16 ans à la signature (2025-08-20), 17 ans au début
  delete c.apprenti.nir;
  c.apprenti.apprentiMineur = true;
  c.apprenti.apprentiMineurNonEmancipe = true;
};

describe("apprenti mineur", () => {
  it("R-MINEUR-RL représentant légal", () => {
    expect(evaluerUneRegle(regleRepresentantLegal).statut).toBe("conforme");
    expect(evaluerUneRegle(regleRepresentantLegal, mineure).statut).toBe("non_conforme");
    expect(evaluerUneRegle(regleRepresentantLegal, (c) => { mineure(c); c.apprenti.responsableLegal = { nom: "MARTIN Sophie" }; }).statut).toBe("conforme");
    // 18 ans le jour de la signature : majeure
    expect(evaluerUneRegle(regleRepresentantLegal, (c) => { mineure(c); c.apprenti.dateNaissance = "2007-08-20"; }).statut).toBe("conforme");
  });
  it("R-MINEUR-COH case mineur", () => {
    expect(evaluerUneRegle(regleCoherenceMinorite).statut).toBe("conforme");
    expect(evaluerUneRegle(regleCoherenceMinorite, (c) => (c.apprenti.apprentiMineur = true)).constats[0]?.severite).toBe("avertissement");
  });
  it("R-ASE et R-NAT3 informations", () => {
    expect(evaluerUneRegle(regleTitreSejourMineur).statut).toBe("non_applicable");
    const ase = evaluerUneRegle(regleTitreSejourMineur, (c) => { mineure(c); c.apprenti.nationalite = "3"; });
    expect(ase.constats[0]).toMatchObject({ severite: "information" });
    expect(evaluerUneRegle(regleTitreSejourMineur, (c) => (c.apprenti.nationalite = "3")).statut).toBe("conforme");
    expect(evaluerUneRegle(regleNationaliteHorsUnion).statut).toBe("non_applicable");
    expect(evaluerUneRegle(regleNationaliteHorsUnion, (c) => (c.apprenti.nationalite = "3")).constats[0]?.severite).toBe("information");
  });
  it("R-HEBDO majeur : pas de plafond à 40 h ; 35 h / 35 h 01 (information), 48 h / 48 h 01 (erreur)", () => {
    const duree = (heures: number, minutes = 0) => (c: any) => {
      c.contrat.dureeTravailHebdoHeures = heures;
      c.contrat.dureeTravailHebdoMinutes = minutes;
    };
    expect(evaluerUneRegle(regleDureeTravailHebdomadaire).statut).toBe("conforme");
    expect(evaluerUneRegle(regleDureeTravailHebdomadaire, duree(35, 0)).statut).toBe("conforme");
    expect(evaluerUneRegle(regleDureeTravailHebdomadaire, duree(35, 1)).constats[0]).toMatchObject({ statut: "non_conforme", severite: "information" });
    // 40 h 30 : information pour un majeur (l'ancien plafond de 40 h n'a pas de base légale)
    expect(evaluerUneRegle(regleDureeTravailHebdomadaire, duree(40, 30)).constats[0]?.severite).toBe("information");
    const max = evaluerUneRegle(regleDureeTravailHebdomadaire, duree(48, 0));
    expect(max.constats[0]?.severite).toBe("information"); // dernière durée licite
    const trop = evaluerUneRegle(regleDureeTravailHebdomadaire, duree(48, 1));
    expect(trop.constats[0]).toMatchObject({ statut: "non_conforme", severite: "bloquant", details: { maximumMajeur: 48 } });
    expect(trop.constats[0]?.parametres.map((p) => p.id)).toContain("travail.duree_hebdomadaire.maximale");
    expect(evaluerUneRegle(regleDureeTravailHebdomadaire, (c) => (c.contrat.dureeTravailHebdoMinutes = 60)).statut).toBe("non_conforme");
    // âge inconnu au-delà de 35 h : indéterminé (majeur ou mineur ?), mais 48 h 01 reste une erreur
    expect(evaluerUneRegle(regleDureeTravailHebdomadaire, (c) => { duree(36)(c); delete c.apprenti.dateNaissance; }).statut).toBe("indetermine");
    expect(evaluerUneRegle(regleDureeTravailHebdomadaire, (c) => { duree(48, 1)(c); delete c.apprenti.dateNaissance; }).constats[0]?.severite).toBe("bloquant");
  });

  it("R-HEBDO mineur : 35 h / 35 h 01 sans dérogation ; 40 h / 40 h 01 avec dérogation", () => {
    const mineurDuree = (heures: number, minutes = 0, derogation?: string) => (c: any) => {
      mineure(c);
      c.contrat.dureeTravailHebdoHeures = heures;
      c.contrat.dureeTravailHebdoMinutes = minutes;
      if (derogation !== undefined) c.contrat.typeDerogation = derogation;
    };
    expect(evaluerUneRegle(regleDureeTravailHebdomadaire, mineurDuree(35, 0)).statut).toBe("conforme");
    const sansDerogation = evaluerUneRegle(regleDureeTravailHebdomadaire, mineurDuree(35, 1));
    expect(sansDerogation.constats[0]).toMatchObject({ severite: "bloquant", details: { age: 17, maximumMineur: 35 } });
    expect(sansDerogation.constats[0]?.parametres.map((p) => p.id)).toContain("droit_civil.age_majorite");
    for (const derogation of ["60", "50"]) {
      expect(evaluerUneRegle(regleDureeTravailHebdomadaire, mineurDuree(35, 1, derogation)).constats[0]?.severite).toBe("information");
      expect(evaluerUneRegle(regleDureeTravailHebdomadaire, mineurDuree(40, 0, derogation)).constats[0]?.severite).toBe("information");
      expect(evaluerUneRegle(regleDureeTravailHebdomadaire, mineurDuree(40, 1, derogation)).constats[0]).toMatchObject({ severite: "bloquant", details: { maximumMineurAvecDerogation: 40 } });
    }
    // une dérogation sans rapport (réduction de durée 21) ne vaut pas dérogation à la durée du travail
    expect(evaluerUneRegle(regleDureeTravailHebdomadaire, mineurDuree(36, 0, "21")).constats[0]?.severite).toBe("bloquant");
  });

  it("la description dit que le CERFA n'a pas de durée quotidienne", () => {
    expect(regleDureeTravailHebdomadaire.description).toContain("pas de durée quotidienne");
  });

  it("mineur affecté à des travaux réglementés : information sur la déclaration à l'inspecteur du travail", () => {
    expect(evaluerUneRegle(regleTravauxReglementesMineur).statut).toBe("non_applicable");
    expect(evaluerUneRegle(regleTravauxReglementesMineur, (c) => (c.contrat.travailRisque = true)).statut).toBe("conforme"); // majeure
    const mineur = evaluerUneRegle(regleTravauxReglementesMineur, (c) => { mineure(c); c.contrat.travailRisque = true; });
    expect(mineur.constats[0]).toMatchObject({ statut: "non_conforme", severite: "information", details: { age: 17 } });
    expect(mineur.constats[0]?.message).toContain("inspecteur du travail");
    expect(mineur.constats[0]?.references[0]?.titre).toBe("Code du travail, article R4153-40 et suivants");
    // veille des 18 ans au début (2025-09-01) : mineure ; 18 ans le jour du début : majeure
    expect(evaluerUneRegle(regleTravauxReglementesMineur, (c) => { mineure(c); c.apprenti.dateNaissance = "2007-09-02"; c.contrat.travailRisque = true; }).statut).toBe("non_conforme");
    expect(evaluerUneRegle(regleTravauxReglementesMineur, (c) => { mineure(c); c.apprenti.dateNaissance = "2007-09-01"; c.contrat.travailRisque = true; }).statut).toBe("conforme");
  });
});

describe("conditions du contrat", () => {
  it("numéro du contrat précédent pour le type 21", () => {
    expect(evaluerUneRegle(regleNumeroContratPrecedentSuccession).statut).toBe("non_applicable");
    expect(evaluerUneRegle(regleNumeroContratPrecedentSuccession, (c) => (c.contrat.typeContratApp = "21")).constats[0]?.severite).toBe("avertissement");
    expect(evaluerUneRegle(regleNumeroContratPrecedentSuccession, (c) => { c.contrat.typeContratApp = "21"; c.contrat.numeroContratPrecedent = "075202406000123"; }).statut).toBe("conforme");
  });
  it("avantages en nature", () => {
    expect(evaluerUneRegle(regleAvantagesNature).statut).toBe("non_applicable");
    expect(evaluerUneRegle(regleAvantagesNature, (c) => (c.contrat.avantageNature = true)).statut).toBe("non_conforme");
    expect(evaluerUneRegle(regleAvantagesNature, (c) => { c.contrat.avantageNature = true; c.contrat.avantageNourriture = 4.15; }).statut).toBe("conforme");
    expect(evaluerUneRegle(regleAvantagesNature, (c) => { c.contrat.avantageNature = true; c.contrat.avantageLogement = 0.5; }).statut).toBe("non_conforme");
  });
  it("présence des champs obligatoires, conditionnels compris", () => {
    expect(evaluerUneRegle(reglePresenceChamps).statut).toBe("conforme");
    const ko = evaluerUneRegle(reglePresenceChamps, (c) => {
      delete c.employeur.siret;
      c.apprenti.adresse.voie = "  ";
      c.contrat.typeContratApp = "36";
      c.signatures.attestationPiecesJustificatives = false;
    });
    expect(ko.constats.map((x) => x.chemins[0])).toEqual([
      "employeur.siret",
      "apprenti.adresse.voie",
      "contrat.numeroContratPrecedent",
      "contrat.dateEffetAvenant",
      "signatures.attestationPiecesJustificatives",
    ]);
    expect(ko.constats[0]?.message).toBe("Le SIRET de l'employeur est obligatoire.");
    const mineurSansRl = evaluerUneRegle(reglePresenceChamps, mineure);
    expect(mineurSansRl.constats.map((x) => x.chemins[0])).toEqual(["apprenti.responsableLegal.nom", "apprenti.responsableLegal.courriel", "apprenti.responsableLegal.memeAdresse"]);
    const autreAdresse = evaluerUneRegle(reglePresenceChamps, (c) => { mineure(c); c.apprenti.responsableLegal = { nom: "MARTIN Sophie", courriel: "s.martin@exemple.fr", memeAdresse: false }; });
    expect(autreAdresse.constats.map((x) => x.chemins[0])).toEqual(["apprenti.responsableLegal.adresse.voie", "apprenti.responsableLegal.adresse.codePostal", "apprenti.responsableLegal.adresse.commune"]);
    expect(evaluerUneRegle(reglePresenceChamps, (c) => (c.etablissementFormation.memeResponsable = false)).constats).toHaveLength(6);
  });
});
