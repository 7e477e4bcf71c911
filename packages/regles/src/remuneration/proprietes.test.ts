import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculerRemuneration } from "./calculerRemuneration";
import { ageRevolu } from "../dates/ageRevolu";
import { ajouterJours } from "../dates/ajouterJours";
import { joursDansLeMois } from "../dates/estDateIso";
import { formaterDate } from "../dates/partiesDate";
import { echeancierMensuel } from "./echeancierMensuel";

/** Date civile arbitraire entre deux années (jour borné au nombre de jours du mois). */
const date = (de: number, a: number) =>
  fc
    .record({ annee: fc.integer({ min: de, max: a }), mois: fc.integer({ min: 1, max: 12 }), jour: fc.integer({ min: 1, max: 31 }) })
    .map(({ annee, mois, jour }) => formaterDate({ annee, mois, jour: Math.min(jour, joursDansLeMois(annee, mois)) }));

const contrat = fc
  .record({
    debut: date(2019, 2026),
    dureeJours: fc.integer({ min: 0, max: 4 * 366 + 200 }),
    ageDebutJours: fc.integer({ min: 15 * 365, max: 35 * 365 }),
    smc: fc.option(fc.integer({ min: 100000, max: 400000 }), { nil: undefined }),
    departement: fc.constantFrom("75", "976", undefined),
  })
  .map(({ debut, dureeJours, ageDebutJours, smc, departement }) => ({
    dateNaissance: ajouterJours(debut, -ageDebutJours),
    dateDebutContrat: debut,
    dateFinContrat: ajouterJours(debut, dureeJours),
    ...(smc === undefined ? {} : { smc: smc / 100 }),
    ...(departement === undefined ? {} : { departement }),
  }));

describe("propriétés du calcul de rémunération", () => {
  it("les lignes couvrent le contrat jour après jour, sans chevauchement, avec des taux croissants et des montants arrondis vers le haut", () => {
    fc.assert(
      fc.property(contrat, (entree) => {
        const r = calculerRemuneration(entree);
        expect(r.statut).toBe("calculee");
        if (r.statut !== "calculee") return;
        const lignes = r.periodes;
        expect(lignes[0]!.debut).toBe(entree.dateDebutContrat);
        expect(lignes.at(-1)!.fin).toBe(entree.dateFinContrat);
        lignes.forEach((l, i) => {
          expect(l.debut <= l.fin).toBe(true);
          const suivante = lignes[i + 1];
          if (suivante !== undefined) {
            expect(suivante.debut).toBe(ajouterJours(l.fin, 1));
            expect(suivante.tauxMinimal).toBeGreaterThanOrEqual(l.tauxMinimal);
            // Une nouvelle ligne change d'année ou de tranche ; un changement de tranche tombe un 1er du mois.
            expect(suivante.annee !== l.annee || suivante.tranche !== l.tranche).toBe(true);
            if (suivante.annee === l.annee) expect(suivante.debut.endsWith("-01")).toBe(true);
          }
          expect(l.numero).toMatch(new RegExp(`^${l.annee}\\.\\d$`));
          // Montant ≥ base × taux, et de moins d'un centime au-dessus.
          const exact = (Math.round(l.baseMensuelle * 100) * l.taux) / 100;
          expect(l.salaireBrut * 100).toBeGreaterThanOrEqual(Math.round(exact * 1e6) / 1e6 - 1e-6);
          expect(l.salaireBrut * 100 - exact).toBeLessThan(1);
          // L'âge de la tranche n'est jamais supérieur à l'âge réel au début de la ligne.
          expect(l.age).toBeLessThanOrEqual(ageRevolu(entree.dateNaissance, l.debut));
        });
        expect(r.salaireEmbauche).toBe(lignes[0]!.salaireBrut);
      }),
      { numRuns: 300 },
    );
  });

  it("l'échéancier couvre chaque jour du contrat et ne descend jamais sous les lignes du CERFA", () => {
    fc.assert(
      fc.property(contrat, (entree) => {
        const r = calculerRemuneration(entree);
        if (r.statut !== "calculee") return;
        const echeances = echeancierMensuel(r);
        expect(echeances[0]!.debut).toBe(entree.dateDebutContrat);
        expect(echeances.at(-1)!.fin).toBe(entree.dateFinContrat);
        echeances.forEach((e, i) => {
          const suivante = echeances[i + 1];
          if (suivante !== undefined) expect(suivante.debut).toBe(ajouterJours(e.fin, 1));
          expect(e.debut.slice(0, 7)).toBe(e.fin.slice(0, 7));
          const ligne = r.periodes.find((l) => l.numero === e.numero)!;
          // Le SMIC ne baisse jamais : le minimum mensuel est au moins celui du CERFA.
          expect(e.salaireBrut).toBeGreaterThanOrEqual(ligne.salaireBrut);
        });
      }),
      { numRuns: 200 },
    );
  });
});
