import { readFileSync } from "node:fs";
import { collecterLecture, encoderTexte } from "@communs-opco/adaptateur";
import { describe, expect, it } from "vitest";
import {
  adaptateurApiConvergence,
  certificatApiConvergence,
  conventionApiConvergence,
  creerAdaptateurApiConvergence,
  dossierApiConvergence,
  factureApiConvergence,
  lireApiConvergence,
  lireDateApiConvergence,
  pertesApiConvergence,
} from "../src/index.js";

const fichier = (nom: string) => readFileSync(new URL(`./donnees/${nom}`, import.meta.url));
const json = (nom: string) => JSON.parse(fichier(nom).toString("utf8")) as Record<string, unknown>;
const lire = (nom: string, opco?: string) => collecterLecture(lireApiConvergence({ nom, octets: fichier(nom) }, opco));

describe("dates de l'API Convergence", () => {
  it("accepte les formes …Z, +0000, +00:00 et la date seule", () => {
    expect(lireDateApiConvergence("2025-09-01T00:00:00Z")).toBe("2025-09-01");
    expect(lireDateApiConvergence("2025-09-01T00:00:00+0000")).toBe("2025-09-01");
    expect(lireDateApiConvergence("2025-09-01T00:00:00.000+00:00")).toBe("2025-09-01");
    expect(lireDateApiConvergence("2025-09-01")).toBe("2025-09-01");
    expect(lireDateApiConvergence("01/09/2025")).toBe("01/09/2025");
  });
});

describe("détail de dossier", () => {
  it("lit un dossier v2 complet vers le dossier standard", async () => {
    const bilan = await lire("dossier-v2.json", "akto");
    expect(bilan.erreurs).toEqual([]);
    const dossier = bilan.enregistrements[0]?.valeur;
    expect(dossier?.opco).toBe("akto");
    expect(dossier?.source).toEqual({ systeme: "api-convergence", version: "v2" });
    expect(dossier?.numeroInterne).toBe("AKT-2025-000123");
    expect(dossier?.etat).toBe("ENGAGE");
    expect(dossier?.contrat?.apprenti?.dateNaissance).toBe("2006-03-14");
    expect(dossier?.contrat?.employeur?.siret).toBe("13002526500013");
    expect(dossier?.contrat?.contrat?.typeContratApp).toBe("11");
    expect(dossier?.contrat?.contrat?.dateSignature).toBe("2025-08-20");
    expect(dossier?.contrat?.formation?.dateFinFormation).toBe("2027-06-30");
    expect(dossier?.financement?.montantEngage).toBe(18994);
    expect(dossier?.financement?.echeances?.[1]).toEqual({ numero: 2, codification: "E2", montant: 2849.1, montantRegle: 0, montantEnCoursInstruction: 2849.1, date: "2026-03-01" });
    expect(dossier?.financement?.fraisAnnexes?.map((f) => f.nature)).toEqual(["RESTAURATION", "PREMIER_EQUIPEMENT"]);
    expect(dossier?.extensions?.["api-convergence:/cerfa/employeurV2/codeNaf"]).toBe("55.10Z");
    expect(dossier?.extensions?.["api-convergence:/detailsFacturation/periodesFraisAnnexes"]).toHaveLength(1);
  });

  it("lit le protocole v1 (bloc employeur) et l'état RUPTU", async () => {
    const v2 = json("dossier-v2.json");
    const cerfa = { ...(v2["cerfa"] as Record<string, unknown>) };
    cerfa["employeur"] = cerfa["employeurV2"];
    delete cerfa["employeurV2"];
    cerfa["etat"] = "RUPTU";
    const octets = encoderTexte(JSON.stringify([{ cerfa }]));
    const bilan = await collecterLecture(lireApiConvergence({ nom: "v1.json", octets }));
    expect(bilan.enregistrements[0]?.valeur.source?.version).toBe("v1");
    expect(bilan.enregistrements[0]?.valeur.etat).toBe("ROMPU");
    expect(bilan.enregistrements[0]?.valeur.contrat?.employeur?.denomination).toBe("Hôtel du Parc");
  });

  it("réécrit en v1 ou v2 avec la forme de date demandée, sans perte des extensions", async () => {
    const bilan = await lire("dossier-v2.json");
    const dossier = bilan.enregistrements[0]!.valeur;
    const v2 = dossierApiConvergence(dossier, { version: "v2", formeDate: "+0000" });
    const original = json("dossier-v2.json");
    expect((v2["cerfa"] as Record<string, unknown>)["employeurV2"]).toEqual((original["cerfa"] as Record<string, unknown>)["employeurV2"]);
    expect((v2["cerfa"] as Record<string, Record<string, unknown>>)["contrat"]).toEqual((original["cerfa"] as Record<string, unknown>)["contrat"]);
    expect(v2["detailsFacturation"]).toEqual(original["detailsFacturation"]);
    expect(v2["engagementsFraisAnnexe"]).toEqual(original["engagementsFraisAnnexe"]);
    const v1 = dossierApiConvergence(dossier, { version: "v1" });
    const cerfaV1 = v1["cerfa"] as Record<string, Record<string, unknown>>;
    expect(cerfaV1["employeur"]?.["siret"]).toBe("13002526500013");
    expect(cerfaV1["contrat"]?.["dateDebutContrat"]).toBe("2025-09-01T00:00:00Z");
    expect(pertesApiConvergence({ etat: "DEPOSE", dateFinReelle: "2026-06-30" })).toEqual(["dateFinReelle", "etat"]);
  });
});

describe("états, factures, conventions, certificats", () => {
  it("lit une page d'états v2 en dossiers datés", async () => {
    const bilan = await lire("etats-v2-page1.json");
    expect(bilan.total).toBe(2);
    expect(bilan.enregistrements[1]?.source.pointeur).toBe("/EtatDossierResult/1");
    expect(bilan.enregistrements[1]?.valeur).toMatchObject({
      numeroInterne: "AKT-2025-000124",
      etat: "ROMPU",
      dateEtat: "2025-12-15",
      evenements: [{ type: "ROMPU", date: "2025-12-15", source: "api-convergence", commentaire: "Rupture signalée" }],
    });
  });

  it("lit les états de factures (une facture, plusieurs dossiers) et les réécrit", async () => {
    const bilan = await lire("factures-etats.json");
    const facture = bilan.enregistrements[0]?.valeur.factures?.[0];
    expect(facture).toMatchObject({ numeroInterne: "F2025-000123", referenceCfa: "FAC-0042", montant: 6647.9, etat: "REGLE", dateReglement: "2025-11-05", siretCfa: "19690124100017" });
    expect(facture?.affectations).toHaveLength(2);
    expect(bilan.enregistrements[0]?.valeur.extensions?.["api-convergence:/organismeFormation/IBAN"]).toBe("FR7630006000011234567890189");
    const ecrite = factureApiConvergence(facture!);
    expect(ecrite["dossiers"]).toEqual((json("factures-etats.json")["factures"] as Record<string, unknown>[])[0]!["dossiers"]);
  });

  it("lit une convention (coûts → financement) et la réécrit à l'identique", async () => {
    const bilan = await lire("convention.json");
    const dossier = bilan.enregistrements[0]!.valeur;
    expect(dossier.financement?.majorationsRqth).toEqual([{ annee: 1, montant: 4000 }, { annee: 2, montant: 2500 }]);
    expect(dossier.financement?.fraisAnnexes).toEqual([
      { nature: "RESTAURATION", quantite: 100 },
      { nature: "HEBERGEMENT", quantite: 50 },
      { nature: "PREMIER_EQUIPEMENT", montantTotal: 500 },
    ]);
    expect(dossier.contrat?.organismeFormation?.uaiCfa).toBe("0693044J");
    expect(dossier.convention).toEqual({
      coutTotalPedagogieCfa: 18994, mentionMobiliteInternationale: false, accompagnementDrom: false, mandatEmployeur: true, dateSignature: "2025-08-25",
      attestationSigneeEntreprise: true, attestationSigneeCfa: true, attestationSignatureProbante: true, attestationConformeJson: true,
    });
    expect(dossier.extensions).toBeUndefined();
    expect(conventionApiConvergence(dossier)).toEqual(json("convention.json"));
    expect(conventionApiConvergence(dossier, "Z")).toMatchObject({ dateSignature: "2025-08-25T00:00:00Z", contrat: { dateDebutContrat: "2025-09-01T00:00:00Z" } });
  });

  it("lit un certificat de réalisation et le réécrit à l'identique", async () => {
    const bilan = await lire("certificat.json");
    const dossier = bilan.enregistrements[0]!.valeur;
    expect(dossier.financement?.echeances).toEqual([{ numero: 4, codification: "A3", duree: 365, dateDebut: "2025-09-01", dateFin: "2026-08-31", partielle: false }]);
    expect(dossier.factures).toEqual([{ numeroInterne: "F2026-000031" }]);
    expect(dossier.certificats).toEqual([
      {
        type: "FINAL", numeroEcheance: 4, dateSignature: "2026-09-02", lieuSignature: "Lyon",
        representantLegal: { nom: "ROUX", prenom: "Anne", qualite: "Directrice du CFA" }, attestationConservationPieces: true, natureAction: "Formation par apprentissage",
      },
    ]);
    expect(dossier.extensions).toBeUndefined();
    expect(certificatApiConvergence(dossier, { typeCertificat: "Final" })).toEqual(json("certificat.json"));
    expect(certificatApiConvergence(dossier, { typeCertificat: "Final", formeDate: "+0000" })).toMatchObject({ dateSignature: "2026-09-02T00:00:00+0000", echeance: { dateFin: "2026-08-31T00:00:00+0000" } });
  });
});

describe("entrées incorrectes", () => {
  it("localise chaque erreur et compte tout", async () => {
    const octets = encoderTexte(
      JSON.stringify({ total: 4, EtatDossierResult: [{ numeroInterne: "A", etat: "INCONNU" }, 42, { rien: true }, { numeroInterne: "B", etat: "TRANSMIS", dateEtat: "31/02/2025" }] }),
    );
    const bilan = await collecterLecture(adaptateurApiConvergence.lire({ nom: "etats.json", octets }));
    expect(bilan.total).toBe(4);
    expect(bilan.lus).toBe(0);
    expect(bilan.erreurs.map((e) => e.source.pointeur)).toEqual(["/EtatDossierResult/0/etat", "/EtatDossierResult/1", "/EtatDossierResult/2", "/EtatDossierResult/3/dateEtat"]);
    expect(bilan.erreurs[2]?.code).toBe("structure_invalide");
  });

  it("signale un JSON tronqué en une erreur de syntaxe", async () => {
    const bilan = await collecterLecture(adaptateurApiConvergence.lire({ nom: "x.json", octets: encoderTexte('{"EtatDossierResult": [{"numero') }));
    expect(bilan.erreurs[0]?.code).toBe("syntaxe_invalide");
  });

  it("métadonnées et détection", () => {
    const akto = creerAdaptateurApiConvergence({ opco: "akto", libelleOpco: "AKTO" });
    expect(akto.metadonnees.nom).toBe("api-convergence:akto");
    expect(adaptateurApiConvergence.detecter?.({ nom: "a.json", octets: new Uint8Array(), texte: fichier("etats-v2-page1.json").toString() })).toBeGreaterThan(0.9);
    expect(adaptateurApiConvergence.detecter?.({ nom: "a.csv", octets: new Uint8Array(), texte: "a;b" })).toBe(0);
    expect(adaptateurApiConvergence.correspondance.champs.length).toBeGreaterThan(60);
  });
});
