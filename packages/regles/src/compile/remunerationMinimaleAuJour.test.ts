import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculerRemuneration } from "../remuneration/calculerRemuneration";
import type { EntreeRemuneration } from "../remuneration/EntreeRemuneration";
import { joursDepuisEpoque } from "./joursDepuisEpoque";
import { ParametresExecution } from "./ParametresExecution";
import { remunerationMinimaleAuJour } from "./remunerationMinimaleAuJour";
import { creerVueContrat } from "./VueContrat";

const vue = creerVueContrat({}, joursDepuisEpoque("2025-11-03"), new ParametresExecution());
const iso = (j: number) => new Date(j * 86_400_000).toISOString().slice(0, 10);

/**
 * Une seule loi : le calcul sur numéros de jour donne, pour chaque jour du contrat, le même taux
 * minimal, le même taux exigé (majoration déclarée comprise), la même base et le même salaire brut
 * que `calculerRemuneration` ; il n'est défini que si le calcul en texte aboutit, et l'est toujours
 * dans ce cas (sans date de référence du SMIC imposée).
 */
function verifier(entree: EntreeRemuneration): void {
  const texte = calculerRemuneration(entree);
  const jours = remunerationMinimaleAuJour(entree, vue);
  if (texte.statut !== "calculee") {
    expect(jours).toBeUndefined();
    return;
  }
  expect(jours).toBeDefined();
  if (jours === undefined) return;
  expect(jours.smicMensuel).toBe(texte.smic.mensuel);
  const debut = joursDepuisEpoque(entree.dateDebutContrat);
  const fin = joursDepuisEpoque(entree.dateFinContrat);
  // Segments contigus du début à la fin.
  expect(jours.segments[0]?.debut).toBe(debut);
  expect(jours.segments[jours.segments.length - 1]?.fin).toBe(fin);
  for (let i = 1; i < jours.segments.length; i++) expect(jours.segments[i]?.debut).toBe((jours.segments[i - 1]?.fin ?? Number.NaN) + 1);
  // Chaque ligne légale et chaque segment qui la chevauche : mêmes taux, base et montant.
  for (const ligne of texte.periodes) {
    const d = joursDepuisEpoque(ligne.debut);
    const f = joursDepuisEpoque(ligne.fin);
    const chevauchants = jours.segments.filter((s) => s.debut <= f && s.fin >= d);
    expect(chevauchants.length).toBeGreaterThan(0);
    expect(chevauchants[0]?.debut).toBe(d);
    expect(chevauchants[chevauchants.length - 1]?.fin).toBe(f);
    for (const s of chevauchants) {
      expect({ taux: s.tauxMinimal, exige: s.tauxExige, base: s.base, brut: s.salaireBrutCentimes / 100 }).toEqual({
        taux: ligne.tauxMinimal,
        exige: ligne.tauxAvecMajorationDeclaree ?? ligne.tauxMinimal,
        base: ligne.base,
        brut: ligne.salaireBrut,
      });
    }
  }
}

describe("rémunération minimale sur numéros de jour : même loi que calculerRemuneration", () => {
  it("bornes : anniversaires autour du début et des coupures, 29 février, fins de mois, années d'exécution", () => {
    const cas: EntreeRemuneration[] = [];
    for (const debut of ["2024-02-29", "2025-01-31", "2025-03-01", "2025-09-01", "2025-12-31", "2023-03-01"]) {
      const j = joursDepuisEpoque(debut);
      for (const naissance of ["2004-02-29", "2007-02-28", "2007-03-01", "2008-02-29", "2004-12-31", "2000-01-01"]) {
        for (const delta of [-1, 0, 1]) {
          const n = joursDepuisEpoque(naissance) + delta;
          for (const duree of [0, 30, 364, 365, 366, 730, 1095, 1461, 1900]) {
            cas.push({ dateNaissance: iso(n), dateDebutContrat: debut, dateFinContrat: iso(j + duree) });
          }
        }
      }
    }
    // Anniversaire de l'apprenti le jour même du début, la veille, le lendemain (18, 21, 26 ans).
    for (const annees of [16, 17, 18, 20, 21, 25, 26]) {
      for (const delta of [-1, 0, 1]) {
        const j = joursDepuisEpoque("2025-09-01");
        cas.push({ dateNaissance: iso(joursDepuisEpoque(`${2025 - annees}-09-01`) + delta), dateDebutContrat: iso(j), dateFinContrat: "2028-08-31", smc: 2500 });
      }
    }
    for (const entree of cas) verifier(entree);
  });

  it("majorations publiques (avant et après le 27/04/2020, niveaux 4 et 5, déclarée 10 ou 20), RQTH, SMC, Mayotte", () => {
    const base: EntreeRemuneration = { dateNaissance: "2001-05-20", dateDebutContrat: "2020-03-02", dateFinContrat: "2025-03-01" };
    for (const conclusion of ["2020-04-26", "2020-04-27", "2018-12-31", "2019-01-01", undefined]) {
      for (const niveau of [3, 4, 5, undefined]) {
        for (const declaree of [0, 10, 20, undefined]) {
          for (const rqth of [true, false]) {
            for (const departement of ["75", "976"]) {
              const publique: EntreeRemuneration = { ...base, employeurPublic: true, rqth, departement };
              if (conclusion !== undefined) publique.dateConclusion = conclusion;
              if (niveau !== undefined) publique.niveauDiplomePrepare = niveau;
              if (declaree !== undefined) publique.majorationPubliqueDeclaree = declaree;
              verifier(publique);
              verifier({ ...publique, employeurPublic: false, smc: 1900 });
            }
          }
        }
      }
    }
  });

  it("durée réduite (dérogations 21/50) : cycle de formation plus long, année de départ connue, contrats précédents", () => {
    for (const cycle of [1, 6, 12, 13, 24, 25, 36, 48]) {
      for (const fin of ["2026-08-31", "2026-02-28", "2027-08-30", "2025-09-01"]) {
        verifier({ dateNaissance: "2006-02-28", dateDebutContrat: "2025-09-01", dateFinContrat: fin, dureeCycleFormationMois: cycle });
      }
    }
    for (const annee of [1, 2, 3, 4]) verifier({ dateNaissance: "2004-02-29", dateDebutContrat: "2025-01-31", dateFinContrat: "2027-01-30", anneeExecutionDebut: annee, rqth: true });
    for (const memeEmployeur of [true, false]) {
      verifier({ dateNaissance: "2003-07-01", dateDebutContrat: "2025-09-01", dateFinContrat: "2026-08-31", contratPrecedent: { memeEmployeur, tauxDerniereAnnee: 67, tauxMinimalDerniereAnnee: 55 } });
    }
  });

  it("entrées hors du cas calculable : indéfini exactement quand le calcul en texte échoue", () => {
    const ok: EntreeRemuneration = { dateNaissance: "2006-02-28", dateDebutContrat: "2025-09-01", dateFinContrat: "2026-08-31" };
    const cas: EntreeRemuneration[] = [
      { ...ok, dateNaissance: "2025-09-01" },
      { ...ok, dateFinContrat: "2025-08-31" },
      { ...ok, dateDebutContrat: "2025-02-30" },
      { ...ok, dateConclusion: "2025-13-01" },
      { ...ok, dateDebutContrat: "1950-01-01", dateNaissance: "1930-01-01", dateFinContrat: "1951-01-01" },
      { ...ok, smc: -5 },
      { ...ok, anneeExecutionDebut: 5 },
      { ...ok, dureeCycleFormationMois: 0 },
      { ...ok, majorationPubliqueDeclaree: 101 },
      { ...ok, niveauDiplomePrepare: 2 },
      { ...ok, contratPrecedent: { memeEmployeur: true, tauxDerniereAnnee: -1, tauxMinimalDerniereAnnee: 0 } },
    ];
    for (const entree of cas) verifier(entree);
  });

  it("contrats tirés au hasard (graine fixe)", () => {
    const jour = fc.integer({ min: joursDepuisEpoque("2018-06-01"), max: joursDepuisEpoque("2027-12-31") });
    fc.assert(
      fc.property(
        jour,
        fc.integer({ min: 0, max: 5 * 366 }),
        fc.integer({ min: 14 * 365, max: 40 * 365 }),
        fc.record(
          {
            conclusion: fc.integer({ min: -400, max: 0 }),
            smc: fc.integer({ min: 50_000, max: 400_000 }),
            departement: fc.constantFrom("75", "976", "2A"),
            employeurPublic: fc.boolean(),
            niveau: fc.integer({ min: 3, max: 8 }),
            declaree: fc.constantFrom(0, 10, 20),
            rqth: fc.boolean(),
            cycle: fc.integer({ min: 1, max: 60 }),
            annee: fc.integer({ min: 1, max: 4 }),
          },
          { requiredKeys: [] },
        ),
        (debut, duree, age, o) => {
          const entree: EntreeRemuneration = { dateNaissance: iso(debut - age), dateDebutContrat: iso(debut), dateFinContrat: iso(debut + duree) };
          if (o.conclusion !== undefined) entree.dateConclusion = iso(debut + o.conclusion);
          if (o.smc !== undefined) entree.smc = o.smc / 100;
          if (o.departement !== undefined) entree.departement = o.departement;
          if (o.employeurPublic !== undefined) entree.employeurPublic = o.employeurPublic;
          if (o.niveau !== undefined) entree.niveauDiplomePrepare = o.niveau;
          if (o.declaree !== undefined) entree.majorationPubliqueDeclaree = o.declaree;
          if (o.rqth !== undefined) entree.rqth = o.rqth;
          if (o.cycle !== undefined) entree.dureeCycleFormationMois = o.cycle;
          if (o.annee !== undefined) entree.anneeExecutionDebut = o.annee;
          verifier(entree);
        },
      ),
      { numRuns: 2000, seed: 1212 },
    );
  }, 60_000);
});
