import { collecterLecture, encoderTexte } from "@communs-opco/adaptateur";
import { describe, expect, it } from "vitest";
import { adaptateur, adaptateurStatutsAgecap, contratAgecap, horodatageAgecap, retirerCaracteresSpeciaux } from "../../src/index.js";
import { lireFixture } from "./lireFixture.js";

const decoder = (o: Uint8Array) => new TextDecoder().decode(o);

describe("AGECAP : contrat WS01", () => {
  it("lit le contrat : sexe 2 → F, département 042 → 42, 99 → sans dérogation, NA → sans caisse, rémunérations", async () => {
    const bilan = await collecterLecture(adaptateur.lire(lireFixture("contrat-agecap.json")));
    expect(bilan.illisibles).toBe(0);
    const dossier = bilan.enregistrements[0]?.valeur;
    expect(dossier).toMatchObject({
      numeroExterne: "64f1c2a9e0b3d41a2c5e7f90",
      source: { systeme: "agecap" },
      contrat: {
        apprenti: { sexe: "F", departementNaissance: "42", nationalite: "1", derniereClasse: "01", diplome: "54", inscriptionSportifDeHautNiveau: false },
        employeur: { naf: "84.11Z", typeEmployeur: "21", telephone: "+33477000000", codeIdcc: "9999" },
        contrat: {
          typeContratApp: "11",
          modeContractuel: "1",
          dateSignature: "2025-08-20",
          dureeTravailHebdoHeures: 35,
          salaireEmbauche: 963.26,
          remunerationsAnnuelles: [
            { ordre: "1.1", dateDebut: "2025-09-01", dateFin: "2026-04-17", taux: 53, typeSalaire: "SMIC" },
            { ordre: "1.2", dateDebut: "2026-04-18", dateFin: "2026-08-31", taux: 53, typeSalaire: "SMIC" },
            { ordre: "2.1", dateDebut: "2026-09-01", dateFin: "2027-04-17", taux: 61, typeSalaire: "SMIC" },
            { ordre: "2.2", dateDebut: "2027-04-18", dateFin: "2027-08-31", taux: 61, typeSalaire: "SMIC" },
          ],
        },
        etablissementFormation: { uaiCfa: "0421234A" },
        maitre1: { nom: "ROUX", dateNaissance: "1980-02-01" },
      },
    });
    expect(dossier?.contrat?.contrat?.typeDerogation).toBeUndefined();
    expect(dossier?.contrat?.employeur?.caisseComplementaire).toBeUndefined();
    expect(Object.keys(dossier?.extensions ?? {})).toEqual(["agecap:/detailsContrat/infoTransmission"]);
  });

  it("réécrit le contrat à l'identique (valeurs imposées comprises)", async () => {
    const source = lireFixture("contrat-agecap.json");
    const bilan = await collecterLecture(adaptateur.lire(source));
    const ecrit = await adaptateur.ecrire!(bilan.enregistrements.map((e) => e.valeur));
    expect(JSON.parse(decoder(ecrit.octets))).toEqual(JSON.parse(decoder(source.octets)));
  });

  it("applique les conversions d'écriture et liste les pertes", async () => {
    const sortie = contratAgecap({
      contrat: {
        apprenti: { sexe: "M", departementNaissance: "2A", derniereClasse: "01", responsableLegal: { nom: "X" }, apprentiMineurNonEmancipe: false },
        employeur: { denomination: "S.A.R.L. L'Épi d'or & Cie", naf: "10.71c" },
        contrat: { typeContratApp: "11", dureeTravailHebdoHeures: 35 },
      },
    });
    expect(sortie).toEqual({
      alternant: { sexe: 1, departementNaissance: "02A", derniereClasse: "01", apprentiMineurNonEmancipe: false },
      employeur: { denomination: "S A R L L Épi d or Cie", naf: "10.71C", caisseComplementaire: "NA" },
      detailsContrat: { typeContratApp: 11, dureeTravailHebdoHeures: 35, dureeTravailHebdoMinutes: 0, typeDerogation: 99, autreAvantageEnNature: false },
      organismeFormation: { formationInterne: false },
    });
    const ecrit = await adaptateur.ecrire!([{ etat: "ENGAGE", contrat: { apprenti: { responsableLegal: { nom: "X" } }, contrat: { remunerationsAnnuelles: [{ ordre: "1.1", taux: 53, tauxMinimal: 27 }] } } }]);
    expect(ecrit.nonTransportes).toEqual(["contrat.apprenti.responsableLegal", "contrat.contrat.remunerationsAnnuelles.0.tauxMinimal", "etat"]);
    expect(retirerCaracteresSpeciaux("  A--B  ")).toBe("A B");
  });

  it("localise une valeur invalide par pointeur JSON, y compris dans les rémunérations", async () => {
    const contrat = JSON.parse(decoder(lireFixture("contrat-agecap.json").octets)) as Record<string, Record<string, unknown>>;
    const details = contrat["detailsContrat"] as { remunerationsAnnuellesStructurees: Record<string, Record<string, unknown>> };
    (details.remunerationsAnnuellesStructurees["annee2Periode1"] as Record<string, unknown>)["typeSalaire"] = "AUTRE";
    const bilan = await collecterLecture(adaptateur.lire({ nom: "c.json", octets: encoderTexte(JSON.stringify([contrat, "x"])) }));
    expect(bilan.erreurs.map((e) => e.source.pointeur)).toEqual(["/0/detailsContrat/remunerationsAnnuellesStructurees/annee2Periode1/typeSalaire", "/1"]);
  });

  it("détecte AGECAP et pas DECA", () => {
    const s = lireFixture("contrat-agecap.json");
    expect(adaptateur.detecter?.({ nom: s.nom, octets: s.octets, texte: decoder(s.octets) })).toBeGreaterThan(0.9);
    expect(adaptateur.detecter?.({ nom: "d", octets: new Uint8Array(), texte: '{"metadonnees":{},"contrats":[{"organismeFormationResponsable":{}}]}' })).toBe(0);
  });
});

describe("AGECAP : statuts WS03", () => {
  it("lit les statuts : états, horodatages de Paris, numéro DECA, motif ; un statut inconnu est une erreur localisée", async () => {
    const bilan = await collecterLecture(adaptateur.lire(lireFixture("statuts-agecap.json")));
    expect(bilan.total).toBe(5);
    expect(bilan.enregistrements.map((e) => e.valeur.etat)).toEqual(["TRANSMIS", "EN_COURS_INSTRUCTION", "REFUSE", "DEPOSE"]);
    expect(bilan.enregistrements[0]?.valeur.evenements).toEqual([{ type: "TRANSMIS", date: "2025-09-03", horodatage: "2025-09-03T08:15:00.000Z", source: "agecap" }]);
    expect(bilan.enregistrements[2]?.valeur).toMatchObject({
      commentaireEtat: "Pièce justificative manquante",
      extensions: { "agecap:/numTeletransmission": "T2025-000102", "agecap:/commentaireMotifNonDepot": "Convention de formation non signée" },
    });
    expect(bilan.enregistrements[3]?.valeur).toMatchObject({ numeroDeca: "042202509000101", dateEtat: "2025-09-20" });
    expect(bilan.erreurs[0]?.source.pointeur).toBe("/4/statut");
  });

  it("réécrit les statuts lus à l'identique", async () => {
    const source = lireFixture("statuts-agecap.json");
    const bilan = await collecterLecture(adaptateur.lire(source));
    const ecrit = await adaptateurStatutsAgecap.ecrire!(bilan.enregistrements.map((e) => e.valeur));
    const attendu = (JSON.parse(decoder(source.octets)) as unknown[]).slice(0, 4);
    expect(JSON.parse(decoder(ecrit.octets))).toEqual(attendu);
    expect(ecrit.nonTransportes).toEqual([]);
  });

  it("convertit les horodatages ISO en heure de Paris (été et hiver)", () => {
    expect(horodatageAgecap("2025-09-03T08:15:00Z")).toBe("2025-09-03 10:15:00");
    expect(horodatageAgecap("2025-01-10T23:30:00Z")).toBe("2025-01-11 00:30:00");
    expect(horodatageAgecap("pas une date")).toBeUndefined();
  });
});
