import { verifierSiret } from "@communs-opco/identifiants";
import { opcoParIdcc } from "@communs-opco/nomenclatures";
import { describe, expect, it } from "vitest";
import { ajouterMois } from "../temps/ajouterMois";
import { calculerScores } from "./calculerScores";
import { compterEmbauchesParSemestre } from "./compterEmbauchesParSemestre";
import type { EtablissementHistorique } from "./EtablissementHistorique";
import { genererHistoriqueSynthetique } from "./genererHistoriqueSynthetique";
import { listerProspects } from "./listerProspects";

const REFERENCE = "2026-07-01";

/** `c` embauches en apprentissage à chacun des 12 semestres passés (le 15 du premier mois). */
function constant(siret: string, c: number, effectif: number, autres: Partial<EtablissementHistorique> = {}): EtablissementHistorique {
  const embauches = [];
  for (let j = 0; j < 12; j++) {
    const date = ajouterMois("2026-07-15", -6 * (j + 1)) ?? "";
    for (let k = 0; k < c; k++) embauches.push({ date, typeContrat: 11 });
  }
  return { siret, departement: "69", effectif, romes: [], embauches, ...autres };
}

describe("compterEmbauchesParSemestre", () => {
  it("compte par semestre passé, du plus récent au plus ancien, sans le semestre à prédire", () => {
    const e: EtablissementHistorique = {
      siret: "80123456700015",
      departement: "75",
      effectif: 3,
      romes: [],
      embauches: [
        { date: "2026-06-30", typeContrat: 11 }, // semestre 0 : [2026-01-01, 2026-07-01)
        { date: "2026-01-01", typeContrat: 12 }, // semestre 0
        { date: "2025-12-31", typeContrat: 11 }, // semestre 1 : [2025-07-01, 2026-01-01)
        { date: "2025-07-01", typeContrat: 11 }, // semestre 1
        { date: "2026-07-01", typeContrat: 11 }, // semestre à prédire : non compté
        { date: "2026-03-01", typeContrat: 1 }, // CDD : série DPAE
        { date: "2024-01-01", typeContrat: 11 }, // hors fenêtre de 2 semestres
      ],
    };
    expect(compterEmbauchesParSemestre(e, "alternance", REFERENCE, 2)).toEqual([2, 2]);
    expect(compterEmbauchesParSemestre(e, "dpae", REFERENCE, 2)).toEqual([1, 0]);
    expect(compterEmbauchesParSemestre(e, "alternance", "2026-02-30", 2)).toBeUndefined();
  });
});

describe("calculerScores : exemple calculé à la main", () => {
  // Département 69 : quatre établissements embauchent chaque semestre le même nombre c d'apprentis
  // (c = 1, 2, 3, 12), avec des effectifs 5, 12, 7, 30 ; un cinquième n'embauche qu'en CDD.
  // Ajustement (décalage 2 ans) : x = [c, c, c, c, c, c, c, effectif], y = c.
  // Les 7 colonnes d'embauches sont identiques : seule embauches_s1 est gardée (les 6 autres sont
  // colinéaires, coefficient 0). y = 1 × embauches_s1 + 0 × effectif + 0 est un ajustement exact,
  // unique sur (embauches_s1, effectif) car (1, 2, 3, 12) et (5, 12, 7, 30) ne sont pas colinéaires.
  // Prédiction = c : c = 2 → 2 embauches → score 50 × 2 / 10 = 10 ; c = 3 → 15 ; c = 1 → 5 ;
  // c = 12 → 50 + 10 × (12 − 10) / (50 − 10) = 50,5 (« bonne boîte », seuil 50).
  const historique: EtablissementHistorique[] = [
    constant("51234567800019", 12, 30, { idcc: "1979", romes: ["G1602"], raisonSociale: "BRASSERIE" }),
    constant("69012345600012", 3, 7, { idcc: "0843", romes: ["G1703"] }),
    constant("80123456700015", 2, 12, { opco: "AKTO", romes: ["D1102"] }),
    constant("33012345600015", 1, 5, { idcc: "1486", romes: ["M1805"] }),
    { siret: "42476141900045", departement: "69", effectif: 10, idcc: "1516", romes: [], embauches: [{ date: "2026-02-01", typeContrat: 1 }] },
    constant("44012345600012", 4, 9, { departement: "75", idcc: "1979" }),
  ];
  const options = { dateReference: REFERENCE, minimumEtablissements: 3 } as const;
  const { scores, modeles } = calculerScores(historique, options);

  it("ajuste le modèle du département et retrouve les coefficients attendus", () => {
    const modele = modeles.get("69");
    if (modele?.statut !== "determine") throw new Error("modèle 69 attendu");
    const r = modele.valeur.regression;
    expect(r.coefficients[0]).toBeCloseTo(1, 10);
    expect(r.coefficients.slice(1, 7)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(r.coefficients[7]).toBeCloseTo(0, 10);
    expect(r.constante).toBeCloseTo(0, 10);
    expect(r.ecartees).toEqual([1, 2, 3, 4, 5, 6]);
    expect(modele.valeur.etablissements).toBe(4);
    expect(modele.valeur.rmseTest).toBeCloseTo(0, 10);
    expect(modeles.get("75")).toMatchObject({ statut: "indetermine", raison: "département 75 : 1 établissement(s) avec embauche, 3 requis pour ajuster le modèle" });
  });

  it("note chaque établissement avec son explication, exclut celui sans embauche, laisse indéterminé un département non ajusté", () => {
    const parSiret = new Map(scores.map((s) => [s.siret, s]));
    const brasserie = parSiret.get("51234567800019");
    if (brasserie?.statut !== "note") throw new Error("score attendu");
    expect(brasserie.score).toBeCloseTo(50.5, 10);
    expect(brasserie.bonneBoite).toBe(true);
    expect(brasserie.explication.embauchesPredites).toBeCloseTo(12, 10);
    expect(brasserie.explication.caracteristiques[0]).toMatchObject({ nom: "embauches_s1", valeur: 12 });
    expect(brasserie.explication.caracteristiques[7]).toMatchObject({ nom: "effectif", valeur: 30 });
    expect(brasserie.explication.seuil).toEqual({ score: 50, embauches: 10 });
    expect(brasserie.explication.modele.ecartees).toEqual(["embauches_s2", "embauches_s3", "embauches_s4", "embauches_s5", "embauches_s6", "embauches_s7"]);
    expect(brasserie.explication.parametres.map((p) => p.id)).toEqual(["lba.ciblage.seuilsScore"]);
    const notes = scores.filter((s) => s.statut === "note").map((s) => [s.siret, Math.round(s.score * 10) / 10]);
    expect(notes).toEqual([
      ["51234567800019", 50.5],
      ["69012345600012", 15],
      ["80123456700015", 10],
      ["33012345600015", 5],
    ]);
    expect(parSiret.get("42476141900045")).toMatchObject({ statut: "exclu" });
    expect(parSiret.get("44012345600012")).toMatchObject({ statut: "indetermine" });
  });

  it("liste les prospects d'un OPCO par IDCC, SIRET listé ou OPCO déclaré, avec filtres et comptes", () => {
    const akto = listerProspects(historique, scores, { opco: "akto", sirets: ["69012345600012"] });
    expect(akto.prospects.map((p) => [p.siret, p.rattachement])).toEqual([["51234567800019", "idcc"]]);
    expect(akto.comptes).toEqual({ perimetre: 5, filtres: 5, notes: 3, exclus: 1, indetermines: 1, sousSeuil: 2 });
    const tous = listerProspects(historique, scores, { opco: "akto", sirets: ["69012345600012"], inclureSousSeuil: true, departement: "069" });
    expect(tous.prospects.map((p) => [p.siret, p.rattachement, Math.round(p.score * 10) / 10])).toEqual([
      ["51234567800019", "idcc", 50.5],
      ["69012345600012", "siret", 15],
      ["80123456700015", "declare", 10],
    ]);
    const parRome = listerProspects(historique, scores, { opco: "akto", rome: "d1102", inclureSousSeuil: true });
    expect(parRome.prospects.map((p) => p.siret)).toEqual(["80123456700015"]);
    expect(listerProspects(historique, scores, { opco: "atlas" }).comptes).toMatchObject({ perimetre: 1, notes: 1, sousSeuil: 1 });
  });
});

describe("genererHistoriqueSynthetique", () => {
  it("est reproductible et cohérent (SIRET valides, IDCC des 11 OPCO)", () => {
    const a = genererHistoriqueSynthetique({ graine: 42, dateReference: REFERENCE });
    const b = genererHistoriqueSynthetique({ graine: 42, dateReference: REFERENCE });
    const c = genererHistoriqueSynthetique({ graine: 43, dateReference: REFERENCE });
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a).toHaveLength(480);
    expect(a.every((e) => verifierSiret(e.siret).valide)).toBe(true);
    expect(new Set(a.map((e) => e.siret)).size).toBe(480);
    expect(new Set(a.map((e) => opcoParIdcc(e.idcc ?? "")?.slug)).size).toBe(11);
    expect(a.every((e) => e.embauches.every((h) => h.date >= "2020-07-01" && h.date < REFERENCE))).toBe(true);
  });

  it("donne des scores cohérents avec leur explication", () => {
    const historique = genererHistoriqueSynthetique({ graine: 7, dateReference: REFERENCE });
    const { scores, modeles } = calculerScores(historique, { dateReference: REFERENCE });
    expect([...modeles.values()].every((m) => m.statut === "determine")).toBe(true);
    const notes = scores.filter((s) => s.statut === "note");
    expect(notes.length + scores.filter((s) => s.statut !== "note").length).toBe(historique.length);
    expect(notes.length).toBeGreaterThan(300);
    for (const s of notes) {
      const e = s.explication;
      expect(e.embauchesPredites).toBeCloseTo(e.constante + e.caracteristiques.reduce((t, c) => t + c.contribution, 0), 9);
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(100);
    }
    // Les embauches passées pèsent positivement (somme des 7 coefficients) dans chaque département.
    for (const m of modeles.values()) {
      if (m.statut === "determine") expect(m.valeur.regression.coefficients.slice(0, 7).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    }
    expect(notes.filter((s) => s.statut === "note" && s.bonneBoite).length).toBe(22);
    // Valeurs attendues calculées à la main (paliers par défaut h50 = 10 : score = 50 × h arrondi au dixième / 10),
    // et non par la fonction testée : 1,1897 → 1,2 → 6 ; 0,2120 → 0,2 → 1 ; 0,2787 → 0,3 → 1,5.
    expect(notes.slice(0, 3).map((s) => [Number(s.explication.embauchesPredites.toFixed(4)), s.explication.paliers.h50, s.score])).toEqual([
      [1.1897, 10, 6],
      [0.212, 10, 1],
      [0.2787, 10, 1.5],
    ]);
    // Plus d'embauches prédites ne donne jamais un score plus bas (mêmes paliers partout ici).
    const parEmbauches = [...notes].sort((a, b) => a.explication.embauchesPredites - b.explication.embauchesPredites);
    for (let i = 1; i < parEmbauches.length; i++) expect(parEmbauches[i]!.score).toBeGreaterThanOrEqual(parEmbauches[i - 1]!.score);
  });
});
