import { collecterLecture, encoderTexte } from "@communs-opco/adaptateur";
import { alterationsAuHasard, altererEnregistrements, sansIndefinis, verifierAllerRetour } from "@communs-opco/adaptateur/test";
import { codesCerfa, type Dossier } from "@communs-opco/schemas";
import { croissanceTas } from "@communs-opco/test-support";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ecrireDeca, lireDeca, lireExtraitDeca } from "../../src/index.js";

/** Borne de croissance du tas retenu après la suite de fuzz (mesurée après ramassage des miettes, sans mesure de temps). */
const BORNE_TAS = 16 * 1024 * 1024;

const mot = fc.stringMatching(/^[A-Z][A-Z0-9]{0,11}$/);
const texte = fc.array(mot, { minLength: 1, maxLength: 3 }).map((m) => m.join(" "));
const date = fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2035-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const chiffres = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));
const code = (table: Record<string, string>) => fc.constantFrom(...Object.keys(table));
const numeroDeca = fc
  .tuple(fc.constantFrom("075", "02A", "02B", "971", "069"), fc.integer({ min: 2019, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom("NC", "00", "42"), chiffres(4))
  .map(([dep, annee, mois, nn, fin]) => `${dep}${annee}${String(mois).padStart(2, "0")}${nn}${fin}`);
const facultatif = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

/** Dossiers standard limités aux champs que DECA porte, sous forme normalisée. */
const dossierDeca: fc.Arbitrary<Dossier> = fc
  .record({
    numero: numeroDeca,
    avenant: facultatif(numeroDeca),
    dispositif: fc.constantFrom("APPR", "PRO", undefined),
    typeContratApp: facultatif(code(codesCerfa.typeContratApp)),
    etat: fc.constantFrom(
      { etat: "DEPOSE" as const },
      { etat: "DEPOSE" as const, commentaireEtat: "Corrigé" },
      { etat: "ANNULE" as const },
      { etat: "ANNULE" as const, commentaireEtat: "Supprimé" },
      { etat: "ROMPU" as const },
      {},
    ),
    dates: fc.record({ dateSignature: facultatif(date), dateDebutContrat: facultatif(date), dateFinContrat: facultatif(date), dateEffetAvenant: facultatif(date) }),
    rupture: facultatif(fc.record({ dateEffet: facultatif(date), codeMotif: facultatif(chiffres(2)), commentaire: facultatif(texte), dateSignalement: facultatif(date) })),
    dateFinReelle: facultatif(date),
    apprenti: fc.record({
      nom: facultatif(texte),
      prenom: facultatif(texte),
      sexe: facultatif(code(codesCerfa.sexe)),
      dateNaissance: facultatif(date),
      departementNaissance: facultatif(fc.constantFrom("75", "2A", "2B", "971", "01", "99")),
      nationalite: facultatif(code(codesCerfa.nationalite)),
      handicap: facultatif(fc.boolean()),
      courriel: facultatif(mot.map((m) => `${m.toLowerCase()}@exemple.test`)),
      telephone: facultatif(chiffres(10)),
      adresse: facultatif(fc.record({ numero: facultatif(fc.integer({ min: 1, max: 999 }).map(String)), voie: facultatif(texte), codePostal: facultatif(chiffres(5)) })),
      derniereClasse: facultatif(code(codesCerfa.derniereClasse)),
    }),
    formation: fc.record({
      dateDebutFormation: facultatif(date),
      dateFinFormation: facultatif(date),
      codeDiplome: facultatif(chiffres(8)),
      rncp: facultatif(chiffres(5).map((c) => `RNCP${c}`)),
      intituleQualification: facultatif(texte),
      typeDiplome: facultatif(code(codesCerfa.diplome)),
    }),
    etablissementSiret: facultatif(chiffres(14)),
    organisme: fc.record({ uaiCfa: facultatif(fc.stringMatching(/^\d{7}[A-Z]$/)), siret: facultatif(chiffres(14)) }),
    employeur: fc.record({
      siret: facultatif(chiffres(14)),
      denomination: facultatif(texte),
      adresse: facultatif(fc.record({ codePostal: facultatif(chiffres(5)) })),
      naf: facultatif(fc.stringMatching(/^\d{2}\.\d{2}[A-Z]$/)),
      codeIdcc: facultatif(chiffres(4)),
      nombreDeSalaries: facultatif(fc.integer({ min: 0, max: 100000 })),
      courriel: facultatif(mot.map((m) => `${m.toLowerCase()}@exemple.test`)),
      telephone: facultatif(chiffres(10)),
      typeEmployeur: facultatif(code(codesCerfa.typeEmployeur)),
    }),
  })
  .map((g) =>
    sansIndefinis({
      numeroDeca: g.numero,
      numeroAvenant: g.avenant,
      dispositif: g.dispositif,
      ...g.etat,
      rupture: g.rupture,
      dateFinReelle: g.dateFinReelle,
      source: { systeme: "deca" },
      contrat: {
        apprenti: g.apprenti,
        formation: g.formation,
        etablissementFormation: { siret: g.etablissementSiret },
        organismeFormation: g.organisme,
        employeur: g.employeur,
        contrat: {
          noContrat: g.numero,
          noAvenant: g.avenant,
          typeContratApp: g.dispositif === "PRO" ? undefined : g.typeContratApp,
          ...g.dates,
          dateRupture: g.rupture?.dateEffet,
        },
      },
    }) as Dossier,
  );

describe("propriétés DECA", () => {
  it("standard → DECA → standard est l'identité sur les champs portés par DECA", () =>
    verifierAllerRetour({ arbitraire: fc.array(dossierDeca, { minLength: 1, maxLength: 5 }), ecrire: ecrireDeca, lire: lireDeca, sansPerte: true }));

  it("un contrat altéré au hasard donne toujours un et un seul résultat localisé, sans exception", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(dossierDeca, { minLength: 1, maxLength: 4 }),
        alterationsAuHasard(["alternant", "detailsContrat", "employeur", "formation", "rupture", "suiviASP"], 6),
        async (dossiers, alterations) => {
          const page = JSON.parse(new TextDecoder().decode((await ecrireDeca(dossiers)).octets)) as { contrats: Record<string, unknown>[] };
          altererEnregistrements(page.contrats, alterations);
          const bilan = await collecterLecture(lireDeca({ nom: "a.json", octets: encoderTexte(JSON.stringify(page)) }));
          expect(bilan.total).toBe(page.contrats.length);
          expect(bilan.lus + bilan.illisibles).toBe(bilan.total);
          for (const erreur of bilan.erreurs) {
            expect(erreur.source.fichier).toBe("a.json");
            expect(erreur.source.pointeur).toMatch(/^\/contrats\/\d+/);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("une source tronquée ou quelconque ne fait jamais échouer les lecteurs ; tas retenu borné", async () => {
    const croissance = await croissanceTas(async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(dossierDeca, { minLength: 1, maxLength: 3 }), fc.nat(), async (dossiers, coupe) => {
          const octets = (await ecrireDeca(dossiers)).octets;
          const tronque = octets.subarray(0, coupe % octets.length);
          const bilan = await collecterLecture(lireDeca({ nom: "t.json", octets: tronque }));
          expect(bilan.total).toBeGreaterThanOrEqual(1);
          expect(bilan.erreurs.every((e) => e.source.fichier === "t.json")).toBe(true);
        }),
        { numRuns: 50 },
      );
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.jsonValue().map((v) => encoderTexte(JSON.stringify(v) ?? ""))), async (octets) => {
          for (const lecteur of [lireDeca, lireExtraitDeca]) {
            const bilan = await collecterLecture(lecteur({ nom: "f", octets }));
            expect(bilan.lus + bilan.illisibles).toBe(bilan.total);
          }
        }),
        { numRuns: 50 },
      );
    });
    expect(croissance).toBeLessThan(BORNE_TAS);
  });
});
