import { describe, expect, it } from "vitest";
import { controlerContrats } from "./controlerContrats";

describe("exemple : contrôler un contrat", () => {
  const [exemple, tropCourt, saisie] = controlerContrats("2024-08-28");

  it("le contrat d'exemple n'a aucun constat non conforme, hors l'information sur les travaux réglementés d'une mineure", () => {
    const nonConformes = exemple!.resultat.constats.filter((c) => c.statut === "non_conforme");
    expect(nonConformes.map((c) => [c.regle, c.severite])).toEqual([["apprenti.mineur.travauxReglementes", "information"]]);
  });

  it("un contrat de moins de 6 mois viole la durée minimale, avec le paramètre légal consulté", () => {
    const constat = tropCourt!.resultat.constats.find((c) => c.regle === "contrat.duree.minimum");
    expect(constat?.statut).toBe("non_conforme");
    expect(constat?.parametres.length).toBeGreaterThan(0);
    expect(tropCourt!.resultat.synthese.complet).toBe(false);
  });

  it("une saisie papier normalisée donne les mêmes constats que le contrat standard", () => {
    expect(saisie!.resultat.constats.map((c) => c.regle)).toEqual(exemple!.resultat.constats.map((c) => c.regle));
  });
});
