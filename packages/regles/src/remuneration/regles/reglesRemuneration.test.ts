import { contratExemple } from "@communs-opco/schemas";
import { describe, expect, it } from "vitest";
import { evaluerRegles } from "../../evaluerRegles";
import type { Regle } from "../../Regle";
import type { ContratAControler } from "../../ContratAControler";
import { regleBaseSmc } from "./regleBaseSmc";
import { regleSalaireEmbaucheCoherence } from "./regleSalaireEmbaucheCoherence";
import { regleSmcPresence } from "./regleSmcPresence";
import { regleTauxMinimum } from "./regleTauxMinimum";
import { reglesRemuneration } from "./reglesRemuneration";

type Contrat = typeof contratExemple & { contrat: Record<string, unknown>; employeur: Record<string, unknown>; apprenti: Record<string, unknown> };

/** Copie modifiable du contrat d'exemple (apprentie de 17 ans, CAP en 2 ans, lignes conformes). */
function exemple(): Contrat {
  return JSON.parse(JSON.stringify(contratExemple)) as Contrat;
}

/** Contrat d'un apprenti qui a 21 ans en cours d'année 1 (vecteur C de remuneration.md §7). */
function contratVingtEtUnAns(): Contrat {
  const c = exemple();
  c.apprenti.dateNaissance = "2003-11-20";
  c.contrat.dateSignature = "2024-08-20";
  c.contrat.dateDebutContrat = "2024-09-01";
  c.contrat.dateFinContrat = "2026-08-31";
  c.contrat.smc = 2000;
  c.contrat.salaireEmbauche = 759.78;
  c.contrat.remunerationsAnnuelles = [
    { ordre: "1.1", dateDebut: "2024-09-01", dateFin: "2024-11-30", taux: 43, tauxMinimal: 43, typeSalaire: "SMIC", salaireBrut: 759.78 },
    { ordre: "1.2", dateDebut: "2024-12-01", dateFin: "2025-08-31", taux: 53, tauxMinimal: 53, typeSalaire: "SMC", salaireBrut: 1060 },
    { ordre: "2.1", dateDebut: "2025-09-01", dateFin: "2026-08-31", taux: 61, tauxMinimal: 61, typeSalaire: "SMC", salaireBrut: 1220 },
  ];
  return c;
}

function evaluer(regle: Regle<ContratAControler>, contrat: object) {
  return evaluerRegles([regle], contrat, { dateEvaluation: "2026-11-26", mode: "explication" });
}

describe("règles de rémunération", () => {
  it("le contrat d'exemple et le vecteur C sont conformes à toutes les règles", () => {
    for (const contrat of [exemple(), contratVingtEtUnAns()]) {
      const r = evaluerRegles(reglesRemuneration, contrat, { dateEvaluation: "2026-11-26", mode: "explication" });
      expect(r.constats).toEqual([]);
      expect(r.explications?.map((e) => e.statut)).toEqual(["conforme", "conforme", "conforme", "conforme"]);
    }
  });

  describe("remuneration.taux.minimum", () => {
    it("signale un taux inférieur au minimum, avec la grille et le SMIC consultés", () => {
      const c = exemple();
      // 1.2 déclarée à 27 % alors que l'apprentie a 18 ans depuis le 14/03/2025 (43 % à partir du 01/04/2025).
      (c.contrat.remunerationsAnnuelles as { taux: number }[])[1]!.taux = 27;
      const r = evaluer(regleTauxMinimum, c);
      expect(r.constats).toHaveLength(1);
      const constat = r.constats[0]!;
      expect(constat).toMatchObject({
        regle: "remuneration.taux.minimum",
        severite: "bloquant",
        statut: "non_conforme",
        chemins: ["contrat.remunerationsAnnuelles.1.taux"],
        details: { ordre: "1.2", taux: 27, tauxMinimal: 43 },
      });
      expect(constat.message).toContain("inférieur au minimum légal de 43 %");
      expect(constat.parametres.map((p) => `${p.id}@${p.dateEffet}=${JSON.stringify(p.valeur).slice(0, 7)}`)).toEqual([
        "smic.mensuel.metropole@2024-01-01=1766.92",
        "apprentissage.remuneration.grille@2019-01-01={\"tranc",
      ]);
    });

    it("au minimum exact (43 %) : conforme ; un point en dessous (42 %) : non conforme", () => {
      const c = exemple();
      const lignes = c.contrat.remunerationsAnnuelles as { taux: number }[];
      lignes[1]!.taux = 43;
      expect(evaluer(regleTauxMinimum, c).constats).toEqual([]);
      lignes[1]!.taux = 42;
      expect(evaluer(regleTauxMinimum, c).constats).toMatchObject([{ statut: "non_conforme", details: { ordre: "1.2", taux: 42, tauxMinimal: 43 } }]);
      lignes[1]!.taux = 42.99;
      expect(evaluer(regleTauxMinimum, c).constats.map((x) => x.details["taux"])).toEqual([42.99]);
    });

    it("contrôle chaque jour de la ligne : une ligne 1.1 unique qui ignore le changement de tranche est non conforme", () => {
      const c = exemple();
      c.contrat.remunerationsAnnuelles = [
        { ordre: "1.1", dateDebut: "2024-09-02", dateFin: "2025-09-01", taux: 27, typeSalaire: "SMIC" },
        { ordre: "2.1", dateDebut: "2025-09-02", dateFin: "2026-08-31", taux: 51, typeSalaire: "SMIC" },
      ];
      const r = evaluer(regleTauxMinimum, c);
      expect(r.constats.map((x) => x.details["tauxMinimal"])).toEqual([43]);
    });

    it("avertit des jours sans ligne et est indéterminé sans lignes ou sans date de naissance", () => {
      const c = exemple();
      (c.contrat.remunerationsAnnuelles as unknown[]).pop();
      const r = evaluer(regleTauxMinimum, c);
      expect(r.constats).toMatchObject([{ severite: "avertissement", statut: "non_conforme", details: { periodesNonCouvertes: [{ debut: "2025-09-02", fin: "2026-08-31" }] } }]);

      const sansLignes = exemple();
      delete sansLignes.contrat.remunerationsAnnuelles;
      expect(evaluer(regleTauxMinimum, sansLignes).constats).toMatchObject([{ statut: "indetermine", manquants: ["contrat.remunerationsAnnuelles"] }]);

      const sansNaissance = exemple();
      delete sansNaissance.apprenti.dateNaissance;
      expect(evaluer(regleTauxMinimum, sansNaissance).constats).toMatchObject([{ statut: "indetermine", manquants: ["apprenti.dateNaissance"] }]);
    });

    it("est indéterminé quand une ligne est mal formée et quand le SMIC n'est pas connu à la date de début", () => {
      const c = exemple();
      (c.contrat.remunerationsAnnuelles as Record<string, unknown>[])[0]!["taux"] = "vingt-sept";
      expect(evaluer(regleTauxMinimum, c).constats).toMatchObject([{ statut: "indetermine", manquants: ["contrat.remunerationsAnnuelles.0"] }]);

      const ancien = exemple();
      ancien.apprenti.dateNaissance = "2000-01-01";
      ancien.contrat.dateSignature = "2017-08-01";
      ancien.contrat.dateDebutContrat = "2017-09-01";
      ancien.contrat.dateFinContrat = "2018-08-31";
      expect(evaluer(regleTauxMinimum, ancien).constats).toMatchObject([{ statut: "indetermine", manquants: ["contrat.dateDebutContrat"] }]);
    });

    it("employeur public, contrat conclu après le 27/04/2020 : minimum = grille du secteur privé, majoration facultative", () => {
      const c = exemple();
      c.employeur.privePublic = "public";
      c.employeur.typeEmployeur = "22";
      (c.formation as Record<string, unknown>)["typeDiplome"] = "54";
      // sans majoration déclarée, les lignes à la grille privée sont conformes
      const r = evaluer(regleTauxMinimum, c);
      expect(r.constats).toEqual([]);
      expect(r.explications?.[0]?.parametres.map((p) => `${p.id}@${p.dateEffet}`)).toContain("apprentissage.remuneration.majoration_secteur_public@2020-04-27");
    });

    it("employeur public avec une majoration déclarée : chaque ligne doit l'inclure (taux dû, juste en dessous et au niveau)", () => {
      const c = exemple();
      c.employeur.privePublic = "public";
      c.contrat.remunerationMajoration = 20;
      const r = evaluer(regleTauxMinimum, c);
      expect(r.constats.map((x) => [x.details["ordre"], x.details["tauxMinimal"], x.details["tauxExige"], x.details["majorationDeclaree"]])).toEqual([
        ["1.1", 27, 47, 20],
        ["1.2", 43, 63, 20],
        ["2.1", 51, 71, 20],
      ]);
      expect(r.constats[0]!.message).toContain("taux dû de 47 % (minimum légal de 27 % + majoration déclarée de 20 points");
      const lignes = c.contrat.remunerationsAnnuelles as { taux: number }[];
      lignes[0]!.taux = 47;
      lignes[1]!.taux = 63;
      lignes[2]!.taux = 70; // 1 point en dessous
      expect(evaluer(regleTauxMinimum, c).constats.map((x) => x.details["ordre"])).toEqual(["2.1"]);
      lignes[2]!.taux = 71;
      expect(evaluer(regleTauxMinimum, c).constats).toEqual([]);
    });

    it("employeur public, contrat conclu jusqu'au 26/04/2020 : +20 points obligatoires au niveau 5 ; le 27/04/2020, grille privée", () => {
      const ancien = (signature: string, taux: [number, number]) => {
        const c = exemple();
        c.employeur.privePublic = "public";
        (c.formation as Record<string, unknown>)["typeDiplome"] = "54";
        c.apprenti.dateNaissance = "2003-01-10";
        c.contrat.dateSignature = signature;
        c.contrat.dateDebutContrat = "2020-05-04";
        c.contrat.dateFinContrat = "2021-05-03";
        c.contrat.remunerationsAnnuelles = [
          { ordre: "1.1", dateDebut: "2020-05-04", dateFin: "2021-01-31", taux: taux[0], typeSalaire: "SMIC" },
          { ordre: "1.2", dateDebut: "2021-02-01", dateFin: "2021-05-03", taux: taux[1], typeSalaire: "SMIC" },
        ];
        return evaluer(regleTauxMinimum, c);
      };
      expect(ancien("2020-04-26", [47, 63]).constats).toEqual([]);
      expect(ancien("2020-04-26", [27, 62]).constats.map((x) => [x.details["ordre"], x.details["tauxMinimal"]])).toEqual([
        ["1.1", 47],
        ["1.2", 63],
      ]);
      expect(ancien("2020-04-27", [27, 43]).constats).toEqual([]);
      expect(ancien("2020-04-27", [27, 42]).constats.map((x) => x.details["tauxMinimal"])).toEqual([43]);
    });

    it("apprenti RQTH : 4e année au taux de la 3e + 15 points ; sportif de haut niveau : taux de la 3e année", () => {
      const quatreAns = (taux4: number, cocher: (c: Contrat) => void) => {
        const c = exemple();
        cocher(c);
        c.apprenti.dateNaissance = "1995-01-10"; // 29 ans au début : tranche 26 ans et plus (100 %)
        c.contrat.dateDebutContrat = "2024-09-02";
        c.contrat.dateFinContrat = "2028-09-01";
        c.contrat.remunerationsAnnuelles = [
          { ordre: "1.1", dateDebut: "2024-09-02", dateFin: "2025-09-01", taux: 100, typeSalaire: "SMIC" },
          { ordre: "2.1", dateDebut: "2025-09-02", dateFin: "2026-09-01", taux: 100, typeSalaire: "SMIC" },
          { ordre: "3.1", dateDebut: "2026-09-02", dateFin: "2027-09-01", taux: 100, typeSalaire: "SMIC" },
          { ordre: "4.1", dateDebut: "2027-09-02", dateFin: "2028-09-01", taux: taux4, typeSalaire: "SMIC" },
        ];
        return evaluer(regleTauxMinimum, c);
      };
      const rqth = (c: Contrat) => (c.apprenti.handicap = true);
      expect(quatreAns(115, rqth).constats).toEqual([]);
      const enDessous = quatreAns(114, rqth);
      expect(enDessous.constats).toMatchObject([{ details: { ordre: "4.1", tauxMinimal: 115, majorationRqth: 15 } }]);
      expect(enDessous.constats[0]!.parametres.map((p) => p.id)).toContain("apprentissage.remuneration.majoration_rqth_prolongation");
      // avenant 34 (prolongation pour travailleur handicapé) : même majoration
      expect(quatreAns(100, (c) => (c.contrat.typeContratApp = "34")).constats.map((x) => x.details["tauxMinimal"])).toEqual([115]);
      // sportif de haut niveau : la 4e année reste au taux de la 3e
      expect(quatreAns(100, (c) => (c.apprenti.inscriptionSportifDeHautNiveau = true)).constats).toEqual([]);
    });

    it("dérogation 21 : l'année de départ est déduite de la durée de la formation (D6222-28-1)", () => {
      const reduit = (formation?: [string, string]) => {
        const c = exemple();
        c.contrat.typeDerogation = "21";
        c.contrat.dateSignature = "2025-08-20";
        c.contrat.dateDebutContrat = "2025-09-01";
        c.contrat.dateFinContrat = "2026-08-31";
        c.contrat.remunerationsAnnuelles = [{ ordre: "1.1", dateDebut: "2025-09-01", dateFin: "2026-08-31", taux: 43, typeSalaire: "SMIC" }];
        const f = c.formation as Record<string, unknown>;
        if (formation === undefined) {
          delete f["dateDebutFormation"];
          delete f["dateFinFormation"];
        } else {
          f["dateDebutFormation"] = formation[0];
          f["dateFinFormation"] = formation[1];
        }
        return c;
      };
      // formation de 24 mois pour un contrat de 12 : 12 mois réputés accomplis → 2e année (18 ans : 51 %)
      const deduite = evaluer(regleTauxMinimum, reduit(["2024-09-01", "2026-08-31"]));
      expect(deduite.constats).toMatchObject([{ statut: "non_conforme", details: { tauxMinimal: 51, moisReputesAccomplis: 12 } }]);
      const c = reduit(["2024-09-01", "2026-08-31"]);
      (c.contrat.remunerationsAnnuelles as { taux: number }[])[0]!.taux = 51;
      expect(evaluer(regleTauxMinimum, c).constats).toEqual([]);
      // sans dates de formation : indéterminé avec sa raison, jamais le taux de 1re année en silence
      const sansDates = evaluer(regleTauxMinimum, reduit());
      expect(sansDates.explications?.[0]?.statut).toBe("indetermine");
      expect(sansDates.constats).toMatchObject([{ statut: "indetermine", manquants: ["formation.dateDebutFormation", "formation.dateFinFormation"] }]);
      expect(sansDates.constats[0]!.message).toContain("ne peut pas être déduite");
      // formation pas plus longue que le contrat : la durée normale du cycle manque
      const memeDuree = evaluer(regleTauxMinimum, reduit(["2025-09-08", "2026-06-30"]));
      expect(memeDuree.constats).toMatchObject([{ statut: "indetermine", details: { raison: expect.stringContaining("durée normale du cycle") } }]);
    });

    it("précise que le minimum est partiel pour un contrat successif", () => {
      const c = exemple();
      c.contrat.typeContratApp = "21";
      (c.contrat.remunerationsAnnuelles as { taux: number }[])[2]!.taux = 50;
      expect(evaluer(regleTauxMinimum, c).constats).toMatchObject([{ details: { tauxMinimal: 51, minimumPartiel: true } }]);
    });
  });

  describe("remuneration.base.smc", () => {
    it("exige le SMC quand il dépasse le SMIC à partir de 21 ans", () => {
      const c = contratVingtEtUnAns();
      (c.contrat.remunerationsAnnuelles as { typeSalaire: string }[])[2]!.typeSalaire = "SMIC";
      const r = evaluer(regleBaseSmc, c);
      expect(r.constats).toMatchObject([{ regle: "remuneration.base.smc", statut: "non_conforme", chemins: ["contrat.remunerationsAnnuelles.2.typeSalaire"] }]);
      expect(r.constats[0]!.message).toContain("doit être calculée sur le SMC");
      expect(r.constats[0]!.parametres.map((p) => p.id)).toContain("smic.mensuel.metropole");
    });

    it("refuse une base SMC quand le SMC ne dépasse pas le SMIC, et reste indéterminé sans montant de SMC", () => {
      const c = contratVingtEtUnAns();
      c.contrat.smc = 1700;
      expect(evaluer(regleBaseSmc, c).constats.map((x) => x.chemins[0])).toEqual([
        "contrat.remunerationsAnnuelles.1.typeSalaire",
        "contrat.remunerationsAnnuelles.2.typeSalaire",
      ]);
      delete c.contrat.smc;
      expect(evaluer(regleBaseSmc, c).constats.map((x) => x.statut)).toEqual(["indetermine", "indetermine"]);
    });

    it("ne s'applique pas à un employeur public", () => {
      const c = contratVingtEtUnAns();
      c.employeur.privePublic = "public";
      expect(evaluer(regleBaseSmc, c).explications?.[0]?.statut).toBe("non_applicable");
    });
  });

  describe("remuneration.smc.presence", () => {
    it("exige le SMC quand l'apprenti a 21 ans à la fin du contrat", () => {
      const c = contratVingtEtUnAns();
      delete c.contrat.smc;
      const r = evaluer(regleSmcPresence, c);
      expect(r.constats).toMatchObject([{ regle: "remuneration.smc.presence", statut: "non_conforme", chemins: ["contrat.smc"], details: { ageFinContrat: 22, ageMinimumSmc: 21 } }]);
      expect(r.constats[0]!.message).toContain("son application est obligatoire");
      // IDCC 0843 du contrat d'exemple : lien Légifrance de la convention de la boulangerie-pâtisserie.
      const cc = r.constats[0]!.details["conventionCollective"] as { idcc: string; url: string | null };
      expect(cc.idcc).toBe("0843");
      expect(cc.url).toMatch(/^https:\/\/www\.legifrance\.gouv\.fr\//);
      expect(r.constats[0]!.message).toContain(cc.url!);
    });

    it("est conforme avant 21 ans et non applicable sans convention collective", () => {
      expect(evaluer(regleSmcPresence, exemple()).explications?.[0]?.statut).toBe("conforme");
      const c = contratVingtEtUnAns();
      delete c.contrat.smc;
      c.employeur.codeIdcc = "9999";
      expect(evaluer(regleSmcPresence, c).explications?.[0]?.statut).toBe("non_applicable");
    });
  });

  describe("remuneration.salaireEmbauche.coherence", () => {
    it("accepte un écart d'un centime et signale un salaire d'embauche incohérent", () => {
      const c = exemple();
      c.contrat.salaireEmbauche = 477.06;
      expect(evaluer(regleSalaireEmbaucheCoherence, c).constats).toEqual([]);
      c.contrat.salaireEmbauche = 470;
      const r = evaluer(regleSalaireEmbaucheCoherence, c);
      expect(r.constats).toMatchObject([{ severite: "avertissement", statut: "non_conforme", details: { attendu: 477.07, taux: 27, base: 1766.92 } }]);
      expect(r.constats[0]!.parametres.map((p) => p.id)).toEqual(["smic.mensuel.metropole", "apprentissage.remuneration.grille"]);
    });

    it("utilise le SMC de la première ligne et, sans ligne, le minimum légal", () => {
      const c = contratVingtEtUnAns();
      c.apprenti.dateNaissance = "2003-08-20";
      c.contrat.remunerationsAnnuelles = [{ ordre: "1.1", dateDebut: "2024-09-01", dateFin: "2025-08-31", taux: 53, typeSalaire: "SMC" }];
      c.contrat.salaireEmbauche = 1060;
      expect(evaluer(regleSalaireEmbaucheCoherence, c).constats).toEqual([]);
      delete c.contrat.remunerationsAnnuelles;
      expect(evaluer(regleSalaireEmbaucheCoherence, c).constats).toEqual([]);
      c.contrat.salaireEmbauche = 900;
      expect(evaluer(regleSalaireEmbaucheCoherence, c).constats).toMatchObject([{ statut: "non_conforme", details: { attendu: 1060 } }]);
    });

    it("est indéterminé sans salaire d'embauche", () => {
      const c = exemple();
      delete c.contrat.salaireEmbauche;
      expect(evaluer(regleSalaireEmbaucheCoherence, c).constats).toMatchObject([{ statut: "indetermine", manquants: ["contrat.salaireEmbauche"] }]);
    });
  });
});
