import { describe, expect, it } from "vitest";
import { aideEmbaucheApprenti } from "./aideEmbaucheApprenti";
import { echeancierNpec } from "./echeancierNpec";
import { exonerationCotisationsApprenti } from "./exonerationCotisationsApprenti";
import { majorationRqthNpec } from "./majorationRqthNpec";
import { participationEmployeurNpec } from "./participationEmployeurNpec";
import { plafondFraisHebergement } from "./plafondFraisHebergement";
import { plafondFraisRestauration } from "./plafondFraisRestauration";
import { plafondPremierEquipement } from "./plafondPremierEquipement";
import { valeurParametre } from "./valeurParametre";

describe("NPEC", () => {
  it("échéancier : 50/25/25 au mois commencé la veille du 01/07/2025, 40/30/20/10 au jour le jour même", () => {
    const avant = valeurParametre(echeancierNpec, "2025-06-30")!.valeur;
    expect(avant.versements.map((v) => v.pourcentage)).toEqual([50, 25, 25]);
    expect(avant.proratisation).toBe("mois_commence");
    const apres = valeurParametre(echeancierNpec, "2025-07-01")!.valeur;
    expect(apres.versements.map((v) => v.pourcentage)).toEqual([40, 30, 20, 10]);
    expect(apres.versements.map((v) => v.moisExecution)).toEqual([undefined, 7, 10, undefined]);
    expect(apres.proratisation).toBe("jour");
    expect(apres.forclusionSoldeMois).toBe(4);
    expect(apres.avanceDiminueeParticipationEmployeur).toBe(true);
  });

  it("chaque échéancier totalise 100 %", () => {
    for (const v of echeancierNpec.valeurs) {
      expect(v.valeur.versements.reduce((s, x) => s + x.pourcentage, 0), v.dateEffet).toBe(100);
    }
  });

  it("exemple chiffré de la spécification : avance de 1re année à 40 % d'un NPEC de 9 497 €, diminuée de 750 € au niveau 6", () => {
    const echeancier = valeurParametre(echeancierNpec, "2025-09-01")!.valeur;
    const participation = valeurParametre(participationEmployeurNpec, "2025-09-01")!.valeur;
    const avance = (9497 * echeancier.versements[0]!.pourcentage) / 100;
    expect(avance).toBeCloseTo(3798.8, 2);
    expect(avance - participation.montant).toBeCloseTo(3048.8, 2);
    expect(participation.niveauCertificationMinimum).toBe(6);
    expect(participation.montantNouveauContratApresRupture).toBe(200);
  });

  it("participation employeur : aucune la veille du 01/07/2025", () => {
    expect(valeurParametre(participationEmployeurNpec, "2025-06-30")?.valeur.applicable).toBe(false);
    expect(valeurParametre(participationEmployeurNpec, "2025-07-01")?.valeur.applicable).toBe(true);
  });

  it("majoration RQTH : +50 % du NPEC avant 2021, 4 000 € par année ensuite", () => {
    expect(valeurParametre(majorationRqthNpec, "2020-12-31")?.valeur).toEqual({ nature: "pourcentage_npec", plafond: 50 });
    expect(valeurParametre(majorationRqthNpec, "2021-01-01")?.valeur).toEqual({ nature: "montant_par_annee", plafond: 4000 });
  });

  it("frais annexes : 6 € la nuit, 3 € le repas, 500 € de premier équipement", () => {
    expect(valeurParametre(plafondFraisHebergement, "2025-09-01")?.valeur).toBe(6);
    expect(valeurParametre(plafondFraisRestauration, "2025-09-01")?.valeur).toBe(3);
    expect(valeurParametre(plafondPremierEquipement, "2025-09-01")?.valeur).toBe(500);
  });
});

describe("cotisations et aides", () => {
  it("exonération : 79 % du SMIC pour un contrat conclu le 28/02/2025, 50 % et CSG/CRDS au-delà le 01/03/2025", () => {
    expect(valeurParametre(exonerationCotisationsApprenti, "2025-02-28")?.valeur).toEqual({
      plafondPourcentageSmic: 79,
      csgCrdsAuDelaDuPlafond: false,
    });
    expect(valeurParametre(exonerationCotisationsApprenti, "2025-03-01")?.valeur).toEqual({
      plafondPourcentageSmic: 50,
      csgCrdsAuDelaDuPlafond: true,
    });
  });

  it("aide à l'embauche : bornes du 24/02/2025 et du 08/03/2026", () => {
    const montant = (date: string, effectif: string, niveau: number | null, rqth = false) =>
      valeurParametre(aideEmbaucheApprenti, date)!.valeur.cas.find(
        (c) =>
          c.effectif === effectif &&
          (c.apprentiRqth === true) === rqth &&
          (niveau === null || ((c.niveauDiplomeMinimum ?? 0) <= niveau && niveau <= (c.niveauDiplomeMaximum ?? 99))),
      )?.montantsParAnneeExecution[0];
    expect(montant("2025-02-23", "moins_de_250", 4)).toBe(6000);
    expect(montant("2025-02-23", "moins_de_250", 6)).toBeUndefined();
    expect(montant("2025-02-24", "moins_de_250", 6)).toBe(5000);
    expect(montant("2025-02-24", "250_et_plus", 6)).toBe(2000);
    expect(montant("2025-02-24", "tous", null, true)).toBe(6000);
    expect(montant("2026-03-07", "moins_de_250", 4)).toBe(5000);
    expect(montant("2026-03-07", "moins_de_250", 5)).toBeUndefined();
    expect(montant("2026-03-08", "moins_de_250", 5)).toBe(4500);
    expect(montant("2026-03-08", "moins_de_250", 7)).toBe(2000);
    expect(montant("2026-03-08", "250_et_plus", 4)).toBe(2000);
    expect(montant("2026-03-08", "250_et_plus", 5)).toBe(1500);
    expect(montant("2026-03-08", "250_et_plus", 6)).toBe(750);
    expect(montant("2026-03-08", "moins_de_250", 8)).toBeUndefined();
    expect(valeurParametre(aideEmbaucheApprenti, "2026-03-08")?.valeur.debutExecutionAvant).toBe("2027-01-01");
    expect(valeurParametre(aideEmbaucheApprenti, "2019-06-01")?.valeur.cas[0]?.montantsParAnneeExecution).toEqual([4125, 2000, 1200, 1200]);
  });
});
