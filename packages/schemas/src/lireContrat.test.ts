import { describe, expect, it } from "vitest";
import { schemaContrat } from "./contrat.js";
import { schemaContratEntree } from "./contratEntree.js";
import { contratExemple } from "./exemples/contratExemple.js";
import { lireContrat } from "./lireContrat.js";

describe("schemaContrat (strict)", () => {
  it("accepte le contrat d'exemple complet", () => {
    expect(schemaContrat.parse(contratExemple)).toEqual(contratExemple);
  });

  it("accepte un contrat vide (la présence relève des règles)", () => {
    expect(schemaContrat.parse({})).toEqual({});
  });

  it("refuse les variantes non canoniques : date jj/mm/aaaa, oui/non, code numérique, clé inconnue", () => {
    const resultat = schemaContrat.safeParse({
      apprenti: { dateNaissance: "14/03/2007", handicap: "non", nationalite: 1 },
      inconnu: true,
    });
    expect(resultat.success).toBe(false);
    const chemins = resultat.error?.issues.map((issue) => issue.path.join(".")).sort();
    expect(chemins).toEqual(["", "apprenti.dateNaissance", "apprenti.handicap", "apprenti.nationalite"]);
  });

  it("refuse une date impossible", () => {
    expect(schemaContrat.safeParse({ contrat: { dateDebutContrat: "2025-02-30" } }).success).toBe(false);
  });
});

describe("lireContrat (entrée tolérante)", () => {
  it("relit le contrat standard à l'identique, sans avertissement", () => {
    const resultat = lireContrat(JSON.parse(JSON.stringify(contratExemple)) as unknown);
    expect(resultat).toEqual({ ok: true, contrat: contratExemple, avertissements: [] });
  });

  it("normalise une saisie [P] : oui/non, dates jj/mm/aaaa, nombres en texte, chaînes vides", () => {
    const resultat = lireContrat({
      employeur: {
        privePublic: "prive",
        siret: " 801 234 567 00015 ",
        nombreDeSalaries: "6",
        codeIdcc: "843",
        naf: "10.71c",
        telephone: "+33 4 78 12 34 56",
        adresse: { codePostal: "69002", complement: "" },
      },
      apprenti: {
        dateNaissance: "14/03/2007",
        handicap: "non",
        apprentiMineur: "oui",
        derniereClasse: "1",
        nomUsage: "   ",
      },
      contrat: {
        typeContratApp: "11",
        dateDebutContrat: "02/09/2024",
        travailRisque: "oui",
        smc: "1 834,50 €",
        dureeTravailHebdoHeures: "35",
        remunerationsAnnuelles: [
          { ordre: "1.1", dateDebut: "2024-09-02", dateFin: "31/03/2025", taux: "27", salaireBrut: "477,07", typeSalaire: "smic" },
        ],
      },
    });
    expect(resultat).toEqual({
      ok: true,
      avertissements: [],
      contrat: {
        employeur: {
          privePublic: "prive",
          siret: "80123456700015",
          nombreDeSalaries: 6,
          codeIdcc: "0843",
          naf: "10.71C",
          telephone: "+33478123456",
          adresse: { codePostal: "69002" },
        },
        apprenti: { dateNaissance: "2007-03-14", handicap: false, apprentiMineur: true, derniereClasse: "01" },
        contrat: {
          typeContratApp: "11",
          dateDebutContrat: "2024-09-02",
          travailRisque: true,
          smc: 1834.5,
          dureeTravailHebdoHeures: 35,
          remunerationsAnnuelles: [
            { ordre: "1.1", dateDebut: "2024-09-02", dateFin: "2025-03-31", taux: 27, salaireBrut: 477.07, typeSalaire: "SMIC" },
          ],
        },
      },
    });
  });

  it("normalise une charge utile AGECAP / [Pub] : blocs renommés, codes numériques, sexe 1/2, département sur 3, dérogation 99", () => {
    const resultat = lireContrat({
      employeur: { privePublic: true, typeEmployeur: 22, employeurSpecifique: 0, raison_sociale: "COMMUNE DE VILLEURBANNE" },
      alternant: {
        sexe: 2,
        nationalite: 1,
        departementNaissance: "075",
        sportifEntraineurArbitreJugeHautNiveau: false,
        handicap: "true",
        dateNaissance: "2003-11-05T00:00:00.000+01:00",
      },
      detailsContrat: {
        typeContratApp: 11,
        typeDerogation: 99,
        dateConclusion: "2025-08-29",
        dateDebutContrat: "2025-08-31T22:00:00.000Z",
        numeroContratPrecedent: "02b202212000000",
      },
      organismeFormationResponsable: { uaiCfa: "0693446w", siret: 19690049200014 },
      etablissementFormation: { uaiSite: "0693446W" },
    });
    expect(resultat.ok).toBe(true);
    if (!resultat.ok) return;
    expect(resultat.contrat).toEqual({
      employeur: { privePublic: "public", typeEmployeur: "22", employeurSpecifique: "0", raisonSociale: "COMMUNE DE VILLEURBANNE" },
      apprenti: {
        sexe: "F",
        nationalite: "1",
        departementNaissance: "75",
        inscriptionSportifDeHautNiveau: false,
        handicap: true,
        dateNaissance: "2003-11-05",
      },
      contrat: {
        typeContratApp: "11",
        dateSignature: "2025-08-29",
        dateDebutContrat: "2025-09-01",
        numeroContratPrecedent: "02B202212000000",
      },
      organismeFormation: { uaiCfa: "0693446W", siret: "19690049200014" },
      etablissementFormation: { uaiCfa: "0693446W" },
    });
  });

  it("lit le code IDCC spécial [P] (9999, 9998) quand codeIdcc manque", () => {
    const resultat = lireContrat({ employeur: { codeIdcc_special: "9999" } });
    expect(resultat.ok && resultat.contrat.employeur).toEqual({ codeIdcc: "9999" });
  });

  it("conserve les champs hors standard dans extensions et les signale", () => {
    const resultat = lireContrat({
      apprenti: { nom: "MARTIN", ine: "1234567890A" },
      suiviASP: { drfc: "2026-06-30" },
    });
    expect(resultat).toEqual({
      ok: true,
      contrat: {
        apprenti: { nom: "MARTIN" },
        extensions: { "apprenti.ine": "1234567890A", suiviASP: { drfc: "2026-06-30" } },
      },
      avertissements: [
        { chemin: "apprenti.ine", code: "champ_hors_standard", message: expect.stringContaining("apprenti.ine") },
        { chemin: "suiviASP", code: "champ_hors_standard", message: expect.stringContaining("suiviASP") },
      ],
    });
  });

  it("renvoie des erreurs en français avec leur chemin, sans lever d'exception", () => {
    const resultat = lireContrat({
      apprenti: { dateNaissance: "31/02/2007", sexe: "X", handicap: "peut-être" },
      contrat: { typeContratApp: "39", dureeTravailHebdoMinutes: 75, remunerationsAnnuelles: "aucune" },
    });
    expect(resultat.ok).toBe(false);
    if (resultat.ok) return;
    const parChemin = Object.fromEntries(resultat.erreurs.map((erreur) => [erreur.chemin, erreur.message]));
    expect(Object.keys(parChemin).sort()).toEqual([
      "apprenti.dateNaissance",
      "apprenti.handicap",
      "apprenti.sexe",
      "contrat.dureeTravailHebdoMinutes",
      "contrat.remunerationsAnnuelles",
      "contrat.typeContratApp",
    ]);
    expect(parChemin["apprenti.dateNaissance"]).toBe("La date doit être une date calendaire au format AAAA-MM-JJ.");
    expect(parChemin["contrat.typeContratApp"]).toContain("Code inconnu « 39 »");
    expect(parChemin["contrat.dureeTravailHebdoMinutes"]).toBe("La valeur doit être inférieure ou égale à 59.");
    expect(parChemin["contrat.remunerationsAnnuelles"]).toMatch(/tableau/u);
  });

  it("refuse une entrée qui n'est pas un objet", () => {
    for (const entree of [null, 42, "contrat", [contratExemple]]) {
      const resultat = lireContrat(entree);
      expect(resultat.ok).toBe(false);
      if (!resultat.ok) expect(resultat.erreurs[0]?.chemin).toBe("");
    }
  });

  it("le schéma d'entrée produit un contrat qui passe le schéma strict", () => {
    const contrat = schemaContratEntree.parse({
      apprenti: { handicap: "oui" },
      employeur: { naf: "1071c" },
      formation: { rncp: "rncp 37537", dureeFormation: "800" },
    });
    expect(schemaContrat.parse(contrat)).toEqual({
      apprenti: { handicap: true },
      employeur: { naf: "10.71C" },
      formation: { rncp: "RNCP37537", dureeFormation: 800 },
    });
    expect(schemaContratEntree.parse({ formation: { rncp: 37537 } }).formation?.rncp).toBe("RNCP37537");
  });
});

describe("lireContrat : charge utile AGECAP complète ([Pub] → WS01)", () => {
  it("convertit les rémunérations structurées et garde infoTransmission dans extensions", () => {
    const resultat = lireContrat({
      employeur: {
        denomination: "COMMUNE DE VILLEURBANNE",
        typeEmployeur: 22,
        employeurSpecifique: 0,
        siret: "21690266800013",
        naf: "84.11Z",
        nombreDeSalaries: 2800,
        caisseComplementaire: "NA",
        regimeSpecifique: false,
        codeIdcc: "9999",
        adresse: { numero: 1, voie: "PLACE DU DOCTEUR LAZARE GOUJON", codePostal: 69100, commune: "Villeurbanne" },
        attestationPieces: true,
        attestationEligibilite: true,
      },
      alternant: { nom: "MARTIN", prenom: "Léa", sexe: 2, nationalite: 1, dateNaissance: "2007-03-14", derniereClasse: "01", apprentiMineurNonEmancipe: true },
      maitre1: { nom: "DUPONT", prenom: "Paul", dateNaissance: "1978-05-02" },
      detailsContrat: {
        modeContractuel: 1,
        typeContratApp: 11,
        dateDebutContrat: "2025-09-01",
        dateConclusion: "2025-08-25",
        dateFinContrat: "2027-08-31",
        typeDerogation: 99,
        dureeTravailHebdoHeures: 35,
        dureeTravailHebdoMinutes: 0,
        travailRisque: false,
        salaireEmbauche: 486.49,
        autreAvantageEnNature: false,
        lieuSignatureContrat: "Villeurbanne",
        numeroEnregistrementContrat: "D-2025-000042",
        remunerationsAnnuellesStructurees: {
          annee1Periode1: { dateDebut: "2025-09-01", dateFin: "2026-03-31", taux: 27, typeSalaire: "SMIC" },
          annee1Periode2: { dateDebut: "2026-04-01", dateFin: "2026-08-31", taux: 43, typeSalaire: "SMIC" },
          annee2Periode1: { dateDebut: "2026-09-01", dateFin: "2027-08-31", taux: 51, typeSalaire: "SMIC" },
          annee2Periode2: null,
          annee3Periode1: { dateDebut: null, dateFin: null, taux: null, typeSalaire: null },
        },
        infoTransmission: { organismeDREETS: "84", organismeDDETS: "69" },
      },
      formation: { rncp: "RNCP37537", codeDiplome: "50022137", typeDiplome: 33, dureeFormation: 800 },
      organismeFormation: { formationInterne: false, siret: "19690049200014", uaiCfa: "0693446W" },
      etablissementFormation: { siret: "19690049200014", uaiSite: "0693446W" },
    });
    expect(resultat.ok).toBe(true);
    if (!resultat.ok) return;
    expect(resultat.contrat.contrat?.remunerationsAnnuelles).toEqual([
      { ordre: "1.1", dateDebut: "2025-09-01", dateFin: "2026-03-31", taux: 27, typeSalaire: "SMIC" },
      { ordre: "1.2", dateDebut: "2026-04-01", dateFin: "2026-08-31", taux: 43, typeSalaire: "SMIC" },
      { ordre: "2.1", dateDebut: "2026-09-01", dateFin: "2027-08-31", taux: 51, typeSalaire: "SMIC" },
    ]);
    expect(resultat.contrat.contrat?.typeDerogation).toBeUndefined();
    expect(resultat.contrat.employeur?.adresse).toEqual({ numero: "1", voie: "PLACE DU DOCTEUR LAZARE GOUJON", codePostal: "69100", commune: "Villeurbanne" });
    expect(resultat.contrat.extensions).toEqual({
      "contrat.numeroEnregistrementContrat": "D-2025-000042",
      "contrat.infoTransmission": { organismeDREETS: "84", organismeDDETS: "69" },
    });
    expect(resultat.avertissements).toHaveLength(2);
  });
});
