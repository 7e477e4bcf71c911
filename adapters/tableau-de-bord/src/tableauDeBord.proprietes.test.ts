import type { Effectif } from "@communs-opco/schemas";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { elaguer } from "../test/elaguer.js";
import { analyserCsv } from "./analyserCsv.js";
import type { BilanTdb } from "./BilanTdb.js";
import { codesDerniereSituation } from "./codesDerniereSituation.js";
import { ecrireTeleversementTdbCsv } from "./ecrireTeleversementTdbCsv.js";
import { idErpTeleversement } from "./idErpTeleversement.js";
import { lireDossiersApprenantsV3 } from "./lireDossiersApprenantsV3.js";
import { lireTeleversementTdb } from "./lireTeleversementTdb.js";

const texte = fc.stringMatching(/^[A-Za-zéèçô0-9][A-Za-zéèçô0-9;"', \n-]{0,20}[A-Za-z0-9]$/u);
const nom = fc.stringMatching(/^[A-ZÉÈ][A-ZÉÈ' -]{0,15}[A-Z]$/u);
const date = fc.date({ min: new Date("1990-01-01"), max: new Date("2035-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const courriel = fc.tuple(fc.stringMatching(/^[a-z0-9.]{1,12}$/u), fc.stringMatching(/^[a-z0-9-]{1,12}\.fr$/u)).map(([l, d]) => `${l}@${d}`);
const uai = fc.stringMatching(/^\d{7}[A-Z]$/u);
const siret = fc.stringMatching(/^\d{14}$/u);
const contrat = fc.record(
  { dateDebut: date, dateFin: date, dateRupture: date, causeRupture: texte, siretEmployeur: siret },
  { requiredKeys: ["dateDebut"] },
);

const effectifGenere: fc.Arbitrary<Effectif> = fc
  .record({
    annee: fc.integer({ min: 2018, max: 2030 }),
    apprenant: fc.record(
      {
        nom,
        prenom: fc.stringMatching(/^[A-Z][a-zéè]{1,10}$/u),
        dateNaissance: date,
        courriel,
        adresse: texte,
        codePostal: fc.stringMatching(/^\d{5}$/u),
        sexe: fc.constantFrom("M", "F"),
        ine: fc.stringMatching(/^\d{10}[A-Z]$/u),
        telephone: fc.stringMatching(/^0[1-9]\d{8}$/u),
        rqth: fc.boolean(),
        dateRqth: date,
        codePostalNaissance: fc.stringMatching(/^\d{5}$/u),
        courrielResponsable1: courriel,
        courrielResponsable2: courriel,
        derniereSituation: fc.constantFrom(...codesDerniereSituation),
        dernierOrganismeUai: uai,
      },
      { requiredKeys: ["nom", "prenom", "dateNaissance", "courriel", "adresse", "codePostal", "sexe"] },
    ),
    formation: fc.record(
      {
        rncp: fc.stringMatching(/^RNCP\d{3,5}$/u),
        cfd: fc.stringMatching(/^[0-9A-Z]{8}$/u),
        libelleCourt: texte,
        anneeFormation: fc.integer({ min: 0, max: 5 }),
        dateInscription: date,
        dates: fc.tuple(date, date).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
        dureeTheoriqueMois: fc.integer({ min: 1, max: 48 }),
        presentielle: fc.boolean(),
        obtentionDiplome: fc.boolean(),
        dateObtentionDiplome: date,
        exclusion: fc.record({ date, cause: texte }, { requiredKeys: [] }),
        referentHandicap: fc.record({ nom: texte, prenom: texte, courriel }, { requiredKeys: [] }),
      },
      { requiredKeys: ["anneeFormation", "dateInscription", "dates"] },
    ),
    organismes: fc.tuple(uai, siret, uai, siret),
    lieuFormation: fc.record({ uai, siret, adresse: texte, codePostal: fc.stringMatching(/^\d{5}$/u) }, { requiredKeys: [] }),
    typeCfa: fc.option(fc.integer({ min: 1, max: 10 }).map((n) => String(n).padStart(2, "0")), { nil: undefined }),
    contrats: fc.array(contrat, { maxLength: 4 }),
  })
  .map(({ annee, formation: { dates, ...formation }, organismes: [ru, rs, fu, fs], contrats, typeCfa, ...reste }) =>
    elaguer({
      anneeScolaire: `${annee}-${annee + 1}`,
      apprenant: reste.apprenant,
      formation: { ...formation, dateEntree: dates[0], dateFin: dates[1] },
      organismeResponsable: { uai: ru, siret: rs },
      organismeFormateur: { uai: fu, siret: fs },
      lieuFormation: reste.lieuFormation,
      typeCfa,
      contrats: contrats.length === 0 ? undefined : contrats,
    }) as Effectif,
  );

function comptesJustes(bilan: BilanTdb): void {
  expect(bilan.total).toBe(bilan.resultats.length);
  expect(bilan.valides + bilan.invalides + bilan.illisibles).toBe(bilan.total);
  for (const r of bilan.resultats) {
    if (r.statut !== "valide") expect(r.anomalies.some((a) => a.gravite === "erreur")).toBe(true);
  }
}

describe("propriétés de l'adaptateur Tableau de bord", () => {
  it("effectifs → CSV de téléversement → effectifs est l'identité sur les champs du fichier", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(effectifGenere, { minLength: 1, maxLength: 5 }), async (effectifs) => {
        const bilan = await lireTeleversementTdb(new TextEncoder().encode(ecrireTeleversementTdbCsv(effectifs)), { type: "csv" });
        expect(bilan.total).toBe(effectifs.length);
        bilan.resultats.forEach((r, i) => {
          const attendu = effectifs[i]!;
          if (r.statut !== "valide") throw new Error(JSON.stringify(r.anomalies));
          const { idErpApprenant, source, ...relu } = r.effectif;
          expect(source).toBe("FICHIER");
          expect(idErpApprenant).toBe(idErpTeleversement(attendu.apprenant!.prenom!, attendu.apprenant!.nom!, attendu.apprenant!.dateNaissance!));
          expect(elaguer(relu)).toEqual(attendu);
        });
      }),
      { numRuns: 60 },
    );
  });

  it("un CSV tronqué n'importe où ne fait jamais planter la lecture et les comptes tombent juste", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(effectifGenere, { minLength: 1, maxLength: 4 }), fc.double({ min: 0, max: 1, noNaN: true }), async (effectifs, part) => {
        const octets = new TextEncoder().encode(ecrireTeleversementTdbCsv(effectifs));
        const tronque = octets.slice(0, Math.floor(octets.length * part));
        const bilan = await lireTeleversementTdb(tronque, { type: "csv" });
        comptesJustes(bilan);
        const texteLu = new TextDecoder().decode(tronque);
        const lignesDonnees = Math.max(0, analyserCsv(texteLu).length - 1);
        expect(bilan.total).toBe(lignesDonnees);
      }),
      { numRuns: 80 },
    );
  });

  it("des CSV aléatoires (en-tête du modèle ou non) donnent une issue par ligne de données", async () => {
    const cellule = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("", "2024-09-02", "0693446W", "19690049200014", '"', ";", "\n"));
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        fc.array(fc.array(cellule, { maxLength: 70 }), { maxLength: 8 }),
        async (avecEntete, lignes) => {
          const entete = avecEntete ? ecrireTeleversementTdbCsv([]) : "";
          const texteCsv = entete + lignes.map((l) => l.join(";")).join("\n");
          const bilan = await lireTeleversementTdb(new TextEncoder().encode(texteCsv), { type: "csv" });
          comptesJustes(bilan);
          expect(bilan.total).toBe(Math.max(0, analyserCsv(texteCsv).length - 1));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("des octets quelconques lus comme XLSX ne font jamais planter la lecture", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (octets) => {
        const bilan = await lireTeleversementTdb(octets, { type: "xlsx" });
        comptesJustes(bilan);
      }),
      { numRuns: 40 },
    );
  });

  it("des JSON quelconques ou tronqués envoyés à l'API v3 donnent des issues situées, jamais d'exception", () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.array(fc.dictionary(fc.constantFrom("nom_apprenant", "annee_scolaire", "date_entree_formation", "contrat_date_fin_3", "x"), fc.jsonValue()))), fc.double({ min: 0, max: 1, noNaN: true }), (valeur, part) => {
        const json = JSON.stringify(valeur) ?? "null";
        for (const corps of [json, json.slice(0, Math.floor(json.length * part))]) {
          const bilan = lireDossiersApprenantsV3(corps);
          comptesJustes(bilan);
          if (bilan.total === 0 && !(Array.isArray(valeur) && corps === json && valeur.length === 0)) {
            expect(bilan.anomaliesFichier.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
