import { codesCerfa, contratExemple, lireContrat, type Contrat } from "@communs-opco/schemas";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { lireCerfaPdf } from "./lireCerfaPdf.js";
import { pertesCerfaPdf } from "./pertesCerfaPdf.js";
import { remplirCerfaPdf } from "./remplirCerfaPdf.js";
import { sansChemins } from "../test/sansChemins.js";

// Remplir un PDF prend environ une seconde : peu d'exécutions, mais des contrats très variés.
const texte = fc.stringMatching(/^[A-Za-zÉéèàçôŁ0-9'-]{1,12}( [A-Za-zé0-9'-]{1,10})?$/u);
const code = (table: Record<string, string>) => fc.constantFrom(...Object.keys(table));
const date = fc.date({ min: new Date("1950-01-01"), max: new Date("2035-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const montant = fc.integer({ min: 0, max: 400_000 }).map((n) => n / 100);
const courriel = fc
  .tuple(fc.stringMatching(/^[a-z0-9.]{1,15}$/u), fc.stringMatching(/^[a-z0-9-]{1,30}\.(fr|com|org)$/u))
  .map(([l, d]) => `${l}@${d}`);
const adresse = fc.record(
  {
    numero: fc.integer({ min: 1, max: 999 }).map(String),
    repetitionVoie: fc.constantFrom("B", "T", "Q", "C"),
    voie: texte,
    complement: texte,
    codePostal: fc.stringMatching(/^\d{5}$/u),
    commune: texte,
  },
  { requiredKeys: [] },
);
const maitre = fc.record(
  { nom: texte, prenom: texte, dateNaissance: date, courriel, emploiOccupe: texte, diplome: texte, niveauDiplome: code(codesCerfa.niveauDiplomeMaitre) },
  { requiredKeys: [] },
);
const ordres = ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2"];
const remunerations = fc
  .subarray(ordres, { minLength: 0, maxLength: 8 })
  .chain((choisis) =>
    fc.tuple(
      ...choisis.map((ordre) =>
        fc.record(
          { ordre: fc.constant(ordre), dateDebut: date, dateFin: date, taux: fc.integer({ min: 0, max: 100 }), typeSalaire: fc.constantFrom("SMIC", "SMC") },
          { requiredKeys: ["ordre", "taux"] },
        ),
      ),
    ),
  );

const contratGenere = fc.record(
  {
    employeur: fc.record(
      {
        privePublic: fc.constantFrom("prive", "public"),
        siret: fc.stringMatching(/^\d{14}$/u),
        denomination: texte,
        adresse,
        telephone: fc.stringMatching(/^0\d{9}$/u),
        courriel,
        typeEmployeur: code(codesCerfa.typeEmployeur),
        employeurSpecifique: code(codesCerfa.employeurSpecifique),
        naf: fc.constantFrom("10.71C", "62.01Z", "47.11B"),
        nombreDeSalaries: fc.integer({ min: 0, max: 100_000 }),
        codeIdcc: fc.stringMatching(/^\d{4}$/u),
        regimeSpecifique: fc.constant(true),
      },
      { requiredKeys: [] },
    ),
    apprenti: fc.record(
      {
        nom: texte,
        nomUsage: texte,
        prenom: texte,
        dateNaissance: date,
        sexe: fc.constantFrom("M", "F"),
        communeNaissance: texte,
        departementNaissance: fc.constantFrom("69", "2A", "971", "99", "01"),
        nir: fc.stringMatching(/^[12]\d{14}$/u),
        nationalite: code(codesCerfa.nationalite),
        regimeSocial: code(codesCerfa.regimeSocial),
        adresse,
        telephone: fc.stringMatching(/^0\d{9}$/u),
        courriel,
        projetCreationRepriseEntreprise: fc.boolean(),
        inscriptionSportifDeHautNiveau: fc.boolean(),
        handicap: fc.boolean(),
        situationAvantContrat: code(codesCerfa.situationAvantContrat),
        diplomePrepare: code(codesCerfa.diplome),
        intituleDiplomePrepare: texte,
        derniereClasse: code(codesCerfa.derniereClasse),
        diplome: code(codesCerfa.diplome),
        responsableLegal: fc.record({ nom: texte, courriel, adresse }, { requiredKeys: [] }),
      },
      { requiredKeys: [] },
    ),
    maitre1: maitre.map((m) => ({ ...m, attestationEligibilite: true })),
    maitre2: maitre,
    contrat: fc.record(
      {
        modeContractuel: code(codesCerfa.modeContractuel),
        typeContratApp: code(codesCerfa.typeContratApp),
        typeDerogation: fc.constantFrom("11", "12", "21", "22", "50", "60"),
        numeroContratPrecedent: fc.stringMatching(/^\d{3}20\d{2}\d{2}\d{6}$/u),
        dateSignature: date,
        dateDebutContrat: date,
        dateDebutFormationPratique: date,
        dateEffetAvenant: date,
        dateFinContrat: date,
        dureeTravailHebdoHeures: fc.integer({ min: 0, max: 48 }),
        dureeTravailHebdoMinutes: fc.integer({ min: 0, max: 59 }),
        travailRisque: fc.boolean(),
        caisseRetraiteSupplementaire: texte,
        avantageNourriture: montant,
        avantageLogement: montant,
        autreAvantageEnNature: fc.constant(true),
        salaireEmbauche: montant,
        remunerationsAnnuelles: remunerations,
      },
      { requiredKeys: [] },
    ),
    formation: fc.record(
      {
        rncp: fc.stringMatching(/^RNCP\d{3,5}$/u),
        codeDiplome: fc.stringMatching(/^[0-9A-Z]{8}$/u),
        typeDiplome: code(codesCerfa.diplome),
        intituleQualification: texte,
        dateDebutFormation: date,
        dateFinFormation: date,
        dureeFormation: fc.integer({ min: 0, max: 5000 }),
      },
      { requiredKeys: [] },
    ),
    organismeFormation: fc.record(
      { formationInterne: fc.boolean(), siret: fc.stringMatching(/^\d{14}$/u), uaiCfa: fc.stringMatching(/^\d{7}[A-Z]$/u), denomination: texte, adresse },
      { requiredKeys: [] },
    ),
    etablissementFormation: fc.record(
      { memeResponsable: fc.constant(true), siret: fc.stringMatching(/^\d{14}$/u), uaiCfa: fc.stringMatching(/^\d{7}[A-Z]$/u), denomination: texte, adresse },
      { requiredKeys: [] },
    ),
    signatures: fc.record({ attestationPiecesJustificatives: fc.constant(true), lieu: texte }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);

describe("propriétés du CERFA PDF", () => {
  it("standard → PDF → standard est l'identité sur les champs que le formulaire porte", async () => {
    await fc.assert(
      fc.asyncProperty(contratGenere, async (genere) => {
        const lu = lireContrat(genere);
        expect(lu.ok).toBe(true);
        if (!lu.ok) return;
        const contrat: Contrat = lu.contrat;
        const relu = await lireCerfaPdf(await remplirCerfaPdf(contrat));
        expect(relu.ok).toBe(true);
        if (!relu.ok) return;
        expect(relu.valeur).toEqual({ ...sansChemins(contrat, pertesCerfaPdf(contrat)), versionCerfa: "12" });
      }),
      { numRuns: 6 },
    );
  }, 60_000);

  describe("entrées altérées", () => {
    let pdf: Uint8Array;
    beforeAll(async () => {
      pdf = await remplirCerfaPdf(contratExemple);
    });

    it("un PDF tronqué ne fait jamais planter la lecture : un contrat ou une erreur située", async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 0, max: pdf.length - 1 }), async (longueur) => {
          const r = await lireCerfaPdf(pdf.slice(0, longueur), { fichier: "tronque.pdf" });
          if (!r.ok) expect(r.erreur.source.fichier).toBe("tronque.pdf");
          else expect(r.source.fichier).toBe("tronque.pdf");
        }),
        { numRuns: 8 },
      );
    }, 60_000);

    it("des octets altérés ou aléatoires ne font jamais planter la lecture", async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 40 }),
          fc.uint8Array({ maxLength: 300 }),
          async (alterations, hasard) => {
            const altere = pdf.slice();
            for (const [position, octet] of alterations) altere[position % altere.length] = octet;
            for (const octets of [altere, hasard]) {
              const r = await lireCerfaPdf(octets, { fichier: "altere.pdf" });
              expect(typeof r.ok).toBe("boolean");
              if (!r.ok) expect(r.erreur.message.length).toBeGreaterThan(0);
            }
          },
        ),
        { numRuns: 8 },
      );
    }, 60_000);
  });
});
