import { describe, expect, it } from "vitest";
import { ageMaximumApprenti } from "./ageMaximumApprenti";
import { ageMinimumApprenti } from "./ageMinimumApprenti";
import { dureeMaximaleContrat } from "./dureeMaximaleContrat";
import { dureeMaximaleContratRqth } from "./dureeMaximaleContratRqth";
import { dureeMaximaleContratSportifHautNiveau } from "./dureeMaximaleContratSportifHautNiveau";
import { dureeMinimaleContrat } from "./dureeMinimaleContrat";
import { dureeTravailApprentiMineur } from "./dureeTravailApprentiMineur";
import { dureeTravailHebdomadaireLegale } from "./dureeTravailHebdomadaireLegale";
import { dureeTravailMaximaleAdulte } from "./dureeTravailMaximaleAdulte";
import { exceptionsAgeMaximumApprenti } from "./exceptionsAgeMaximumApprenti";
import { fenetreDebutFormation } from "./fenetreDebutFormation";
import { majorationRemunerationRqthProlongation } from "./majorationRemunerationRqthProlongation";
import { majorationRemunerationSecteurPublic } from "./majorationRemunerationSecteurPublic";
import { partMinimaleFormation } from "./partMinimaleFormation";
import { valeurParametre } from "./valeurParametre";

const DATE = "2026-09-01";

describe("paramètres du contrat", () => {
  it("âges : 16 ans révolus (15 après le collège), 29 ans révolus, 35 ans révolus par exception", () => {
    expect(valeurParametre(ageMinimumApprenti, DATE)?.valeur).toEqual({ anneesRevolues: 16, anneesRevoluesFinDeCollege: 15 });
    const max = valeurParametre(ageMaximumApprenti, DATE)!.valeur.anneesRevolues;
    // « 29 ans révolus » : un apprenti de 29 ans en années entières est dans la limite, 30 ans ne l'est pas.
    expect(29 <= max).toBe(true);
    expect(30 <= max).toBe(false);
    const exceptions = valeurParametre(exceptionsAgeMaximumApprenti, DATE)!.valeur;
    expect(exceptions.anneesRevoluesDerogatoires).toBe(35);
    expect(exceptions.sansLimite).toEqual(["rqth", "projet_creation_reprise_entreprise", "sportif_haut_niveau"]);
    expect(exceptions.delaiMaximumEntreContratsMois).toBe(12);
  });

  it("durées : 6 mois à 36 mois, 48 mois pour un apprenti RQTH (à vérifier)", () => {
    expect(valeurParametre(dureeMinimaleContrat, DATE)?.valeur).toBe(6);
    expect(valeurParametre(dureeMaximaleContrat, DATE)?.valeur).toBe(36);
    const rqth = valeurParametre(dureeMaximaleContratRqth, DATE)!;
    expect(rqth.valeur).toBe(48);
    expect(rqth.statut).toBe("a_verifier");
    expect(valeurParametre(dureeMaximaleContrat, "2018-12-31")).toBeUndefined();
  });

  it("formation : fenêtre de 3 mois (L6222-12), 25 % de 1 607 h par an", () => {
    const fenetre = valeurParametre(fenetreDebutFormation, DATE)!;
    expect(fenetre.valeur).toEqual({ moisApresDebutContrat: 3, moisAvantDebutContrat: 3 });
    expect(fenetre.unite).toBe("mois");
    // borne haute : L6222-12 ; formation commencée avant le contrat : L6222-12-1
    expect(fenetre.references.map((r) => r.titre)).toEqual([
      "Code du travail, article L6222-12 (borne haute)",
      "Code du travail, article L6222-12-1 (formation commencée avant le contrat)",
    ]);
    const part = valeurParametre(partMinimaleFormation, DATE)!.valeur;
    expect((part.pourcentage / 100) * part.heuresAnnuellesReference * (24 / 12)).toBe(803.5);
  });

  it("temps de travail : 35 h légales, majeur 48 h (44 h en moyenne), mineur 35 h et 8 h, 40 h et 10 h par dérogation", () => {
    expect(valeurParametre(dureeTravailHebdomadaireLegale, DATE)?.valeur).toBe(35);
    expect(valeurParametre(dureeTravailMaximaleAdulte, DATE)?.valeur).toEqual({ heuresParSemaine: 48, moyenneHeuresSur12Semaines: 44 });
    expect(valeurParametre(dureeTravailMaximaleAdulte, DATE)?.references.map((r) => r.titre)).toEqual(["Code du travail, article L3121-20", "Code du travail, article L3121-22"]);
    expect(valeurParametre(dureeTravailApprentiMineur, DATE)?.valeur).toEqual({ heuresParSemaine: 35, heuresParJour: 8, heuresParSemaineAvecDerogation: 40, heuresParJourAvecDerogation: 10 });
  });

  it("durées allongées : RQTH (R6222-46 à 48) et sportif de haut niveau (R6222-60) à 48 mois, à vérifier", () => {
    expect(valeurParametre(dureeMaximaleContratRqth, DATE)?.references.map((r) => r.titre)).toEqual([
      "Code du travail, article R6222-46",
      "Code du travail, article R6222-47",
      "Code du travail, article R6222-48",
    ]);
    const sportif = valeurParametre(dureeMaximaleContratSportifHautNiveau, DATE)!;
    expect(sportif.valeur).toBe(48);
    expect(sportif.references[0]?.titre).toBe("Code du travail, article R6222-60");
    expect(sportif.statut).toBe("a_verifier");
  });

  it("âge dérogatoire de 35 ans : D6222-1 (mesuré à la conclusion)", () => {
    expect(valeurParametre(exceptionsAgeMaximumApprenti, DATE)?.references.map((r) => r.titre)).toContain("Code du travail, article D6222-1");
  });

  it("majoration du secteur public : obligatoire selon le niveau jusqu'au 26/04/2020, facultative à partir du 27/04/2020", () => {
    expect(valeurParametre(majorationRemunerationSecteurPublic, "2020-04-26")?.valeur).toEqual({ regime: "obligatoire_selon_niveau", pointsNiveau4: 10, pointsNiveau5: 20 });
    expect(valeurParametre(majorationRemunerationSecteurPublic, "2020-04-27")?.valeur).toEqual({ regime: "facultative", pointsAdmis: [0, 10, 20] });
    expect(valeurParametre(majorationRemunerationSecteurPublic, "2020-04-28")?.valeur.regime).toBe("facultative");
    expect(valeurParametre(majorationRemunerationSecteurPublic, "2020-04-27")?.references[1]?.url).toBe("https://www.legifrance.gouv.fr/eli/decret/2020/4/24/2020-478/jo/texte");
  });

  it("allongement RQTH : taux de la dernière année + 15 points (R6222-48, à vérifier)", () => {
    const m = valeurParametre(majorationRemunerationRqthProlongation, DATE)!;
    expect(m.valeur).toBe(15);
    expect(m.statut).toBe("a_verifier");
  });
});
