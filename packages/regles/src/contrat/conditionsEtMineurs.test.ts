import { describe, expect, it } from "vitest";
import { evaluerUneRegle } from "../test/evaluerUneRegle";
import {
  regleCoherenceMinorite,
  regleDureeTravailHebdomadaire,
  regleNationaliteHorsUnion,
  regleRepresentantLegal,
  regleTitreSejourMineur,
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
  it("R-HEBDO durée hebdomadaire", () => {
    expect(evaluerUneRegle(regleDureeTravailHebdomadaire).statut).toBe("conforme");
    expect(evaluerUneRegle(regleDureeTravailHebdomadaire, (c) => (c.contrat.dureeTravailHebdoHeures = 39)).constats[0]?.severite).toBe("avertissement");
    expect(evaluerUneRegle(regleDureeTravailHebdomadaire, (c) => { c.contrat.dureeTravailHebdoHeures = 40; c.contrat.dureeTravailHebdoMinutes = 30; }).constats[0]?.severite).toBe("bloquant");
    expect(evaluerUneRegle(regleDureeTravailHebdomadaire, (c) => (c.contrat.dureeTravailHebdoMinutes = 60)).statut).toBe("non_conforme");
    const mineur = evaluerUneRegle(regleDureeTravailHebdomadaire, (c) => { mineure(c); c.contrat.dureeTravailHebdoHeures = 36; });
    expect(mineur.constats[0]).toMatchObject({ severite: "bloquant", details: { age: 17, maximumMineur: 35 } });
    expect(mineur.constats[0]?.parametres.map((p) => p.id)).toContain("droit_civil.age_majorite");
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
