import { describe, expect, it } from "vitest";
import type { SeuilsScoreEmbauches } from "../parametres/seuilsScoreEmbauches";
import { arrondirEmbauches } from "./arrondirEmbauches";
import { embauchesDepuisScore } from "./embauchesDepuisScore";
import { scoreDepuisEmbauches } from "./scoreDepuisEmbauches";

const seuils: SeuilsScoreEmbauches = { h50: 10, h60: 50, h80: 100, h100: 500, seuilBonneBoite: 50, scoreMinimalAffichage: 20 };

describe("score d'embauche (paliers publics 10, 50, 100, 500)", () => {
  it("arrondit au dixième jusqu'à 3, à l'entier au-delà, et ramène le négatif à 0", () => {
    expect(arrondirEmbauches(2.46)).toBe(2.5);
    expect(arrondirEmbauches(3)).toBe(3);
    expect(arrondirEmbauches(3.2)).toBe(3);
    expect(arrondirEmbauches(7.5)).toBe(8);
    expect(arrondirEmbauches(-0.4)).toBe(0);
    expect(arrondirEmbauches(Number.NaN)).toBe(0);
  });

  it("applique chaque morceau de la fonction", () => {
    expect(scoreDepuisEmbauches(4, seuils)).toBe(20); // 50 × 4 / 10
    expect(scoreDepuisEmbauches(2.46, seuils)).toBe(12.5); // 2,46 → 2,5 → 50 × 2,5 / 10
    expect(scoreDepuisEmbauches(10, seuils)).toBe(50);
    expect(scoreDepuisEmbauches(30, seuils)).toBe(55); // 50 + 10 × 20 / 40
    expect(scoreDepuisEmbauches(75, seuils)).toBe(70); // 60 + 20 × 25 / 50
    expect(scoreDepuisEmbauches(101, seuils)).toBeCloseTo(80 + (20 * Math.log10(2)) / Math.log10(500), 12); // 82,2307
    expect(scoreDepuisEmbauches(499, seuils)).toBeCloseTo(99.28, 2);
    expect(scoreDepuisEmbauches(500, seuils)).toBe(100);
    expect(scoreDepuisEmbauches(-2, seuils)).toBe(0);
  });

  it("seuils à la limite et une unité au-delà : arrondi (3 embauches) et chaque palier (10, 50, 100, 500)", () => {
    expect(arrondirEmbauches(2.94)).toBe(2.9); // ≤ 3 : au dixième
    expect(arrondirEmbauches(3)).toBe(3);
    expect(arrondirEmbauches(3.06)).toBe(3); // > 3 : à l'entier (au dixième, ce serait 3,1)
    expect(scoreDepuisEmbauches(9, seuils)).toBe(45); // 50 × 9 / 10
    expect(scoreDepuisEmbauches(10, seuils)).toBe(50);
    expect(scoreDepuisEmbauches(11, seuils)).toBe(50.25); // 50 + 10 × 1 / 40
    expect(scoreDepuisEmbauches(50, seuils)).toBe(60);
    expect(scoreDepuisEmbauches(51, seuils)).toBe(60.4); // 60 + 20 × 1 / 50
    expect(scoreDepuisEmbauches(100, seuils)).toBe(80);
    expect(scoreDepuisEmbauches(500, seuils)).toBe(100);
    expect(scoreDepuisEmbauches(501, seuils)).toBe(100);
  });

  it("a une réciproque", () => {
    expect(embauchesDepuisScore(50, seuils)).toBe(10);
    expect(embauchesDepuisScore(55, seuils)).toBe(30);
    expect(embauchesDepuisScore(70, seuils)).toBe(75);
    expect(embauchesDepuisScore(100, seuils)).toBe(500);
    expect(embauchesDepuisScore(scoreDepuisEmbauches(101, seuils), seuils)).toBeCloseTo(101, 9);
    expect(embauchesDepuisScore(120, seuils)).toBeNaN();
  });
});
