import { collecterLecture, encoderTexte } from "@communs-opco/adaptateur";
import type { Dossier } from "@communs-opco/schemas";
import { croissanceTas } from "@communs-opco/test-support";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dossierApiConvergence, lireApiConvergence, type FormeDate, type VersionProtocole } from "../src/index.js";

/** Borne de croissance du tas retenu après la suite de fuzz (mesurée après ramassage des miettes, sans mesure de temps). */
const BORNE_TAS = 16 * 1024 * 1024;

const texte = fc.stringMatching(/^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ' -]{0,18}[A-Za-zÀ-ÿ]$/u);
const code = fc.stringMatching(/^[A-Z0-9]{1,12}$/u);
const date = fc.date({ min: new Date("1960-01-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const montant = fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 100);
const entier = fc.integer({ min: 0, max: 100_000 });
const facultatif = <T,>(arbitraire: fc.Arbitrary<T>) => fc.option(arbitraire, { nil: undefined });

/** Supprime les clés `undefined` et les objets devenus vides (le standard n'écrit pas d'objet vide). */
function nettoyer(valeur: unknown): unknown {
  if (Array.isArray(valeur)) return valeur.map(nettoyer);
  if (typeof valeur !== "object" || valeur === null) return valeur;
  const sortie: Record<string, unknown> = {};
  for (const [cle, v] of Object.entries(valeur)) {
    const propre = nettoyer(v);
    if (propre === undefined) continue;
    if (typeof propre === "object" && propre !== null && !Array.isArray(propre) && Object.keys(propre).length === 0) continue;
    sortie[cle] = propre;
  }
  return sortie;
}

/** Dossiers standard limités aux champs que l'API Convergence transporte. */
const dossierTransporte: fc.Arbitrary<Dossier> = fc
  .record({
    numeroInterne: facultatif(code),
    numeroExterne: facultatif(code),
    numeroDeca: facultatif(fc.stringMatching(/^[0-9]{3}20[0-9]{10}$/u)),
    etat: facultatif(fc.constantFrom("TRANSMIS", "EN_COURS_INSTRUCTION", "ENGAGE", "REFUSE", "ANNULE", "SOLDE", "ROMPU")),
    commentaireEtat: facultatif(texte),
    contrat: fc.record({
      apprenti: fc.record({ nom: facultatif(texte), prenom: facultatif(texte), dateNaissance: facultatif(date), handicap: facultatif(fc.boolean()), sexe: facultatif(fc.constantFrom("M", "F")) }),
      employeur: fc.record({ denomination: facultatif(texte), siret: facultatif(fc.stringMatching(/^[0-9]{14}$/u)), telephone: facultatif(fc.stringMatching(/^\+33[0-9]{9}$/u)) }),
      formation: fc.record({ rncp: facultatif(fc.stringMatching(/^RNCP[1-9][0-9]{2,4}$/u)), dateDebutFormation: facultatif(date), dureeFormation: facultatif(entier), intituleQualification: facultatif(texte) }),
      contrat: fc.record({
        typeContratApp: facultatif(fc.constantFrom("11", "21", "22", "23", "31", "33", "38")),
        dateSignature: facultatif(date),
        dateDebutContrat: facultatif(date),
        dateFinContrat: facultatif(date),
        dateRupture: facultatif(date),
        salaireEmbauche: facultatif(montant),
      }),
      maitre1: fc.record({ nom: facultatif(texte), prenom: facultatif(texte), dateNaissance: facultatif(date) }),
    }),
    financement: fc.record({
      montantEngage: facultatif(montant),
      iban: facultatif(fc.stringMatching(/^FR[0-9]{25}$/u)),
      echeances: facultatif(
        fc.array(fc.record({ numero: facultatif(fc.integer({ min: 0, max: 20 })), codification: facultatif(fc.stringMatching(/^[A-Z][0-9]$/u)), montant: facultatif(montant), montantRegle: facultatif(montant), date: facultatif(date), dateFin: facultatif(date) }), { minLength: 1, maxLength: 4 }),
      ),
      fraisAnnexes: facultatif(
        fc.array(fc.record({ nature: fc.constantFrom("RESTAURATION", "HEBERGEMENT", "PREMIER_EQUIPEMENT", "MOBILITE_INTERNATIONALE", "AUTRE"), quantite: facultatif(entier), prixUnitaire: facultatif(montant), montantTotal: facultatif(montant) }), { minLength: 1, maxLength: 3 }),
      ),
    }),
  })
  .map((d) => nettoyer(d) as Dossier);

describe("propriétés API Convergence", () => {
  it("standard → API Convergence → standard est l'identité sur les champs transportés (v1/v2, dates Z/+0000)", async () => {
    await fc.assert(
      fc.asyncProperty(dossierTransporte, fc.constantFrom<VersionProtocole>("v1", "v2"), fc.constantFrom<FormeDate>("Z", "+0000"), async (dossier, version, formeDate) => {
        const api = dossierApiConvergence(dossier, { version, formeDate });
        const bilan = await collecterLecture(lireApiConvergence({ nom: "p.json", octets: encoderTexte(JSON.stringify(api)) }));
        expect(bilan.erreurs).toEqual([]);
        const relu = { ...bilan.enregistrements[0]!.valeur };
        delete relu.source;
        expect(relu).toEqual(dossier);
      }),
      { numRuns: 150 },
    );
  });

  it("des entrées quelconques ne font jamais planter le lecteur et chaque élément donne un résultat ; tas retenu borné", async () => {
    const croissance = await croissanceTas(async () => {
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue()), fc.record({ EtatDossierResult: fc.array(fc.jsonValue()) }), fc.record({ cerfa: fc.jsonValue(), echeances: fc.jsonValue() })), async (valeur) => {
          const bilan = await collecterLecture(lireApiConvergence({ nom: "f.json", octets: encoderTexte(JSON.stringify(valeur)) }));
          const attendu = Array.isArray(valeur) ? valeur.length : typeof valeur === "object" && valeur !== null && Array.isArray((valeur as Record<string, unknown>)["EtatDossierResult"]) ? ((valeur as Record<string, unknown[]>)["EtatDossierResult"] ?? []).length : 1;
          expect(bilan.total).toBe(attendu);
        }),
        { numRuns: 300 },
      );
    });
    expect(croissance).toBeLessThan(BORNE_TAS);
  });

  it("des octets quelconques donnent au plus une erreur localisée, jamais d'exception", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), async (octets) => {
        const bilan = await collecterLecture(lireApiConvergence({ nom: "o.json", octets }));
        expect(bilan.total).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });
});
