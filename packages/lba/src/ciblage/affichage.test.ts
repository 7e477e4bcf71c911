import { describe, expect, it } from "vitest";
import type { SeuilsScoreEmbauches } from "../parametres/seuilsScoreEmbauches";
import { etoilesDepuisScore } from "./etoilesDepuisScore";
import { evaluerPrecision } from "./evaluerPrecision";
import type { ScoreEtablissement } from "./ScoreEtablissement";
import { scoreMinimalAffichageMetier } from "./scoreMinimalAffichageMetier";

const seuils: SeuilsScoreEmbauches = { h50: 10, h60: 50, h80: 100, h100: 500, seuilBonneBoite: 50, scoreMinimalAffichage: 20 };

describe("affichage et précision", () => {
  it("abaisse le score minimal d'affichage pour un métier en tension", () => {
    expect(scoreMinimalAffichageMetier(0, seuils)).toBe(20);
    expect(scoreMinimalAffichageMetier(60, seuils)).toBe(11); // 15 × 40 / 100 + 5
    expect(scoreMinimalAffichageMetier(100, seuils)).toBe(5);
    expect(scoreMinimalAffichageMetier(150, seuils)).toBe(5);
    // Bornes de la tension (0 à 100) à la limite et une unité au-delà.
    expect(scoreMinimalAffichageMetier(-1, seuils)).toBe(20);
    expect(scoreMinimalAffichageMetier(1, seuils)).toBe(19.85); // 15 × 99 / 100 + 5
    expect(scoreMinimalAffichageMetier(99, seuils)).toBe(5.15); // 15 × 1 / 100 + 5
    expect(scoreMinimalAffichageMetier(101, seuils)).toBe(5);
  });

  it("convertit un score en étoiles bornées", () => {
    expect(etoilesDepuisScore(50)).toBe(3.4); // 2,5 + 2,5 × 30 / 80 = 3,4375
    expect(etoilesDepuisScore(100)).toBe(5);
    expect(etoilesDepuisScore(10)).toBe(2.5);
  });

  it("mesure la part des embauches captée par les entreprises les mieux notées", () => {
    const note = (siret: string, score: number): ScoreEtablissement => ({ statut: "note", siret, departement: "69", score, bonneBoite: score >= 50, explication: {} as never });
    const scores: ScoreEtablissement[] = [
      note("A", 90), note("B", 70), note("C", 40), note("D", 10),
      { statut: "exclu", siret: "E", departement: "69", raison: "aucune embauche" },
    ];
    // Embauches réelles : A 6, B 0, C 3, D 1, E 10 (ignorée : non notée) → total des notées 10.
    const reelles = new Map([["A", 6], ["B", 0], ["C", 3], ["D", 1], ["E", 10]]);
    expect(evaluerPrecision(scores, reelles, [0.25, 0.5, 1])).toEqual([
      { part: 0.25, entreprises: 1, embauchesCaptees: 6, partEmbauches: 0.6 },
      { part: 0.5, entreprises: 2, embauchesCaptees: 6, partEmbauches: 0.6 },
      { part: 1, entreprises: 4, embauchesCaptees: 10, partEmbauches: 1 },
    ]);
  });
});
