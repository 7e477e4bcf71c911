import type { Constat } from "@communs-opco/regles";
import { describe, expect, it } from "vitest";
import { BilanAvantPaiement } from "./BilanAvantPaiement";
import { resumeAvantPaiementTexte } from "./resumeAvantPaiementTexte";

const constat = (regle: string, statut: Constat["statut"], severite: Constat["severite"], manquants?: string[]): Constat => ({
  regle,
  statut,
  severite,
  chemins: [],
  message: "…",
  references: [],
  parametres: [],
  details: {},
  ...(manquants === undefined ? {} : { manquants }),
});

describe("BilanAvantPaiement", () => {
  const regles = [
    { id: "prepaiement.qualiopi", titre: "Qualiopi" },
    { id: "prepaiement.siret.actif", titre: "SIRET actif" },
  ];

  it("compte par vérification : non conforme l'emporte sur indéterminé, aucun constat = conforme ; les autres règles sont ignorées", () => {
    const bilan = new BilanAvantPaiement(regles);
    bilan.ajouter([constat("prepaiement.siret.actif", "indetermine", "bloquant", ["ports.referentiel:API Entreprise"]), constat("apprenti.nir.sexe", "non_conforme", "bloquant")]);
    bilan.ajouter([
      constat("prepaiement.qualiopi", "non_conforme", "bloquant"),
      constat("prepaiement.siret.actif", "indetermine", "bloquant", ["ports.referentiel:API Entreprise"]),
      constat("prepaiement.siret.actif", "non_conforme", "avertissement"),
    ]);
    bilan.ajouter([constat("prepaiement.qualiopi", "indetermine", "bloquant", ["organismeFormation.siret"]), constat("prepaiement.siret.actif", "indetermine", "bloquant", ["ports.referentiel:API Entreprise"])]);
    expect(bilan.enregistrements).toBe(3);
    expect(bilan.decomptes()).toEqual([
      {
        regle: "prepaiement.qualiopi",
        titre: "Qualiopi",
        conformes: 1,
        nonConformes: 1,
        nonConformesAvertissement: 0,
        indetermines: 1,
        nonExecutees: 0,
        sansObjet: 0,
        sourceManquante: { libelle: "organismeFormation.siret (absent, invalide ou introuvable)", enregistrements: 1 },
      },
      {
        regle: "prepaiement.siret.actif",
        titre: "SIRET actif",
        conformes: 0,
        nonConformes: 1,
        nonConformesAvertissement: 1,
        indetermines: 2,
        nonExecutees: 0,
        sansObjet: 0,
        sourceManquante: { libelle: "API Entreprise (en ligne)", enregistrements: 2 },
      },
    ]);
    for (const d of bilan.decomptes()) expect(d.conformes + d.nonConformes + d.indetermines + d.nonExecutees + d.sansObjet).toBe(bilan.enregistrements);
  });

  it("une règle non applicable selon le moteur (mode explication) compte « sans objet », pas « conforme »", () => {
    const bilan = new BilanAvantPaiement(regles);
    bilan.ajouter([], [{ regle: "prepaiement.qualiopi", statut: "non_applicable" }, { regle: "prepaiement.siret.actif", statut: "conforme" }]);
    bilan.ajouter([]);
    expect(bilan.decomptes().map((d) => [d.regle, d.conformes, d.sansObjet])).toEqual([
      ["prepaiement.qualiopi", 1, 1],
      ["prepaiement.siret.actif", 2, 0],
    ]);
    expect(resumeAvantPaiementTexte(bilan.decomptes(), "instantané embarqué du 2026-11-27")).toMatch(/prepaiement\.qualiopi\s+1\s+0\s+0\s+0\s+1\n/);
  });

  it("résumé texte : titre avec la source, une ligne par vérification, rappel indéterminé ≠ conforme", () => {
    const bilan = new BilanAvantPaiement(regles);
    bilan.ajouter([constat("prepaiement.siret.actif", "indetermine", "bloquant", ["ports.formations"])]);
    const texte = resumeAvantPaiementTexte(bilan.decomptes(), "instantané embarqué du 2026-11-26");
    expect(texte).toContain("Vérifications avant paiement (source : instantané embarqué du 2026-11-26)");
    expect(texte).toMatch(/prepaiement\.qualiopi\s+1\s+0\s+0\s+0\s+0\n/);
    expect(texte).toMatch(/prepaiement\.siret\.actif\s+0\s+0\s+1\s+0\s+0 {2}catalogue des formations \(API Apprentissage, en ligne\)\n/);
    expect(texte).toContain("jamais compté comme conforme");
  });

  it("PP-OPCO-NPEC sans OPCO payeur : la source manquante nomme l'option --opco", () => {
    const bilan = new BilanAvantPaiement([{ id: "prepaiement.opco.npec", titre: "Employeur, OPCO et NPEC" }]);
    bilan.ajouter([constat("prepaiement.opco.npec", "indetermine", "bloquant", ["opcoPayeur"])]);
    expect(bilan.decomptes()[0]).toMatchObject({ indetermines: 1, conformes: 0, sourceManquante: { libelle: "OPCO payeur (option --opco)", enregistrements: 1 } });
  });

  it("une vérification non exécutée pour un enregistrement (faute de source dans l'exécution) compte « non exécutée », jamais « conforme »", () => {
    const bilan = new BilanAvantPaiement([{ id: "prepaiement.siret.actif", titre: "SIRET actif" }, { id: "prepaiement.qualiopi", titre: "Qualiopi" }]);
    bilan.ajouter([], [], ["prepaiement.siret.actif"]);
    bilan.ajouter([constat("prepaiement.siret.actif", "non_conforme", "bloquant")], [], ["prepaiement.siret.actif"]);
    expect(bilan.decomptes().map((d) => [d.regle, d.conformes, d.nonConformes, d.nonExecutees])).toEqual([
      ["prepaiement.siret.actif", 0, 1, 1],
      ["prepaiement.qualiopi", 2, 0, 0],
    ]);
  });
});
