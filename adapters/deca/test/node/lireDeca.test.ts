import { collecterLecture, encoderTexte } from "@communs-opco/adaptateur";
import { describe, expect, it } from "vitest";
import { adaptateur, lireDeca } from "../../src/index.js";
import { lireFixture } from "./lireFixture.js";

describe("lecture de l'extraction DECA (JSON)", () => {
  it("lit les pages : 3 contrats valides, 2 erreurs localisées, les compteurs s'additionnent", async () => {
    const bilan = await collecterLecture(lireDeca(lireFixture("extraction-deca.json")));
    expect(bilan.total).toBe(5);
    expect(bilan.lus).toBe(3);
    expect(bilan.illisibles).toBe(2);
    expect(bilan.enregistrements.map((e) => e.source.pointeur)).toEqual(["/pages/0/contrats/0", "/pages/0/contrats/1", "/pages/1/contrats/0"]);
    expect(bilan.erreurs.map((e) => [e.code, e.source.pointeur])).toEqual([
      ["enregistrement_invalide", "/pages/0/contrats/2/alternant/dateNaissance"],
      ["enregistrement_invalide", "/pages/1/contrats/1/detailsContrat/noContrat"],
    ]);
  });

  it("convertit un contrat complet : nombres en texte, handicap « true », statut vide = déposé", async () => {
    const bilan = await collecterLecture(lireDeca(lireFixture("extraction-deca.json")));
    const premier = bilan.enregistrements[0]?.valeur;
    expect(premier).toMatchObject({
      numeroDeca: "069202509000123",
      dispositif: "APPR",
      etat: "DEPOSE",
      dateFinReelle: "2027-08-31",
      source: { systeme: "deca" },
      contrat: {
        apprenti: {
          nom: "MARTIN",
          sexe: "F",
          departementNaissance: "75",
          nationalite: "1",
          handicap: true,
          derniereClasse: "01",
          adresse: { numero: "12", voie: "RUE DES LILAS", codePostal: "69003" },
        },
        employeur: { siret: "73282932000074", naf: "10.71C", codeIdcc: "0843", nombreDeSalaries: 12, typeEmployeur: "11", adresse: { numero: "4", voie: "PLACE DU PARC" } },
        contrat: { noContrat: "069202509000123", typeContratApp: "11", dateSignature: "2025-08-25", dateDebutContrat: "2025-09-01" },
        formation: { rncp: "RNCP38565", intituleQualification: "CAP Boulanger", typeDiplome: "33" },
        organismeFormation: { uaiCfa: "0693400W" },
      },
      extensions: { "deca:/flag_correction": false },
    });
    expect(premier?.commentaireEtat).toBeUndefined();
  });

  it("lit la rupture, les statuts « Rompu » et « Corrigé », et garde le type d'un contrat PRO en extension", async () => {
    const bilan = await collecterLecture(lireDeca(lireFixture("extraction-deca.json")));
    const [, rompu, pro] = bilan.enregistrements.map((e) => e.valeur);
    expect(rompu).toMatchObject({
      etat: "ROMPU",
      rupture: { dateEffet: "2023-05-31", codeMotif: "3", commentaire: "Rupture d'un commun accord", dateSignalement: "2023-06-02" },
      contrat: { contrat: { dateRupture: "2023-05-31", typeContratApp: "11" }, apprenti: { sexe: "M" }, employeur: { siret: "41816609600069", codeIdcc: "1486" } },
    });
    expect(pro).toMatchObject({
      etat: "DEPOSE",
      commentaireEtat: "Corrigé",
      dispositif: "PRO",
      numeroAvenant: "971202411000043",
      extensions: { "deca:/detailsContrat/typeContrat": "32" },
    });
    expect(pro?.contrat?.contrat?.typeContratApp).toBeUndefined();
  });

  it("accepte une page seule, une liste de contrats, et refuse une enveloppe inconnue", async () => {
    const page = { metadonnees: { page: 1, totalPages: 1, totalElements: 1 }, contrats: [{ detailsContrat: { noContrat: "069202509000123", statut: "Annulé" } }] };
    const lu = await collecterLecture(lireDeca({ nom: "p.json", octets: encoderTexte(JSON.stringify(page)) }));
    expect(lu.enregistrements[0]).toMatchObject({ valeur: { etat: "ANNULE" }, source: { pointeur: "/contrats/0" } });
    const liste = await collecterLecture(lireDeca({ nom: "l.json", octets: encoderTexte(JSON.stringify([page.contrats[0], 42])) }));
    expect(liste.lus).toBe(1);
    expect(liste.erreurs[0]?.source.pointeur).toBe("/1");
    const inconnu = await collecterLecture(lireDeca({ nom: "x.json", octets: encoderTexte('{"a":1}') }));
    expect(inconnu.erreurs[0]?.code).toBe("structure_invalide");
    const tronque = await collecterLecture(lireDeca({ nom: "t.json", octets: encoderTexte(JSON.stringify(page).slice(0, 40)) }));
    expect(tronque.erreurs[0]?.code).toBe("syntaxe_invalide");
  });

  it("garde un statut inconnu tel quel dans commentaireEtat, sans état", async () => {
    const page = { contrats: [{ detailsContrat: { noContrat: "069202509000123", statut: "Suspendu" } }] };
    const lu = await collecterLecture(lireDeca({ nom: "p.json", octets: encoderTexte(JSON.stringify(page)) }));
    expect(lu.enregistrements[0]?.valeur).toMatchObject({ commentaireEtat: "Suspendu" });
    expect(lu.enregistrements[0]?.valeur.etat).toBeUndefined();
  });

  it("détecte le format et écrit une page relisible à l'identique", async () => {
    const source = lireFixture("extraction-deca.json");
    expect(adaptateur.detecter?.({ nom: source.nom, octets: source.octets, texte: new TextDecoder().decode(source.octets) })).toBeGreaterThan(0.9);
    const bilan = await collecterLecture(adaptateur.lire(source));
    const valeurs = bilan.enregistrements.map((e) => e.valeur);
    const ecrit = await adaptateur.ecrire!(valeurs);
    const page = JSON.parse(new TextDecoder().decode(ecrit.octets)) as { metadonnees: unknown; contrats: unknown[] };
    expect(page.metadonnees).toEqual({ page: 1, totalPages: 1, totalElements: 3 });
    expect(page.contrats[1]).toMatchObject({ detailsContrat: { statut: "Rompu" }, rupture: { codeMotifRupture: "3" } });
    expect(page.contrats[2]).toMatchObject({ detailsContrat: { statut: "Corrigé", typeContrat: "32", dispositif: "PRO" } });
    const relu = await collecterLecture(adaptateur.lire({ nom: "r.json", octets: ecrit.octets }));
    expect(relu.enregistrements.map((e) => e.valeur)).toEqual(valeurs);
  });

  it("publie un rapport de correspondance sans champ muet", () => {
    const champs = adaptateur.correspondance.champs;
    expect(champs.find((c) => c.champSource === "/alternant/handicap")).toMatchObject({ traitement: "standard", cheminStandard: "contrat.apprenti.handicap" });
    expect(champs.some((c) => c.traitement === "extension")).toBe(true);
    expect(adaptateur.correspondance.nonTransportes).toContain("contrat.maitre1");
  });
});
