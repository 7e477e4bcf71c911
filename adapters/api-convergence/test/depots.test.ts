import { remplirCerfaPdf } from "@communs-opco/adaptateur-cerfa-pdf";
import { demarrerEmulateurApiConvergence, type EmulateurApiConvergence, type OptionsEmulateurApiConvergence } from "@communs-opco/test-support";
import type { Dossier } from "@communs-opco/schemas";
import { afterEach, describe, expect, it } from "vitest";
import { creerClientApiConvergence, ErreurApiConvergence, lireInfoCleApiConvergence, verifierDepotApiConvergence, type OptionsClientApiConvergence } from "../src/index.js";

const CLE = "cle-api-depots-secrete";

let emulateur: EmulateurApiConvergence | undefined;
const demarres: EmulateurApiConvergence[] = [];
afterEach(async () => {
  for (const e of demarres.splice(0)) await e.arreter();
  emulateur = undefined;
});

async function demarrer(options: OptionsEmulateurApiConvergence = {}, client: Partial<OptionsClientApiConvergence> = {}) {
  emulateur = await demarrerEmulateurApiConvergence({ cleApi: CLE, ...options });
  demarres.push(emulateur);
  const c = creerClientApiConvergence({
    baseUrl: emulateur.url, cleApi: CLE, editeur: "Communs OPCO", logiciel: "tests", version: "0.0.0", authentification: { type: "cle_api" },
    attenteMaxMs: 0, pauseTentativeMs: 0, ...client,
  });
  return { e: emulateur, c };
}

const DOSSIER: Dossier = {
  numeroExterne: "CFA-2025-0007",
  contrat: {
    apprenti: { nom: "MARTIN", prenom: "Léa", dateNaissance: "2006-03-14" },
    employeur: { denomination: "Hôtel du Parc", siret: "13002526500013" },
    organismeFormation: { siret: "19690124100017", uaiCfa: "0693044J" },
    contrat: { typeContratApp: "11", dateSignature: "2025-08-20", dateDebutContrat: "2025-09-01", dateFinContrat: "2027-08-31" },
    formation: { rncp: "RNCP38430", dateDebutFormation: "2025-09-01", dateFinFormation: "2027-06-30", dureeFormation: 1350 },
  },
  convention: {
    dateSignature: "2025-08-25", coutTotalPedagogieCfa: 18994, mentionMobiliteInternationale: false, accompagnementDrom: false, mandatEmployeur: true,
    attestationSigneeEntreprise: true, attestationSigneeCfa: true, attestationSignatureProbante: true, attestationConformeJson: true,
  },
  financement: { echeances: [{ numero: 1, codification: "E1", dateDebut: "2025-09-01", dateFin: "2026-08-31", duree: 600, partielle: false }] },
  certificats: [{ type: "INTERMEDIAIRE", numeroEcheance: 1, dateSignature: "2026-09-01", lieuSignature: "Lyon", representantLegal: { nom: "ROUX", prenom: "Anne", qualite: "Directrice" }, attestationConservationPieces: true, natureAction: "Formation par apprentissage" }],
};

async function deposerDossier(c: ReturnType<typeof creerClientApiConvergence>): Promise<string> {
  return ((await c.deposerDossier(DOSSIER)) as { numeroInterne: string }).numeroInterne;
}

describe("conventions et certificats complets, champs obligatoires vérifiés avant l'envoi", () => {
  it("écrit tous les champs documentés de la convention dans la forme de date de l'OPCO", async () => {
    const { e, c } = await demarrer({ formesDateExigees: { dossier: "Z", convention: "date", certificat: "date" } });
    const numero = await deposerDossier(c);
    await c.deposerConvention({ ...DOSSIER, numeroInterne: numero, financement: { majorationsRqth: [{ annee: 1, montant: 4000 }] } });
    expect(e.depots[1]?.corps).toEqual({
      numeroInterneDossier: numero,
      employeur: { siret: "13002526500013" },
      apprenti: { nom: "MARTIN", prenom: "Léa" },
      contrat: { dateDebutContrat: "2025-09-01", dateFinContrat: "2027-08-31" },
      organismeFormation: { siret: "19690124100017", uaiCfa: "0693044J" },
      formation: { dateDebutFormation: "2025-09-01", dateFinFormation: "2027-06-30", dureeFormation: 1350, rncp: "RNCP38430" },
      couts: { coutTotalPedagogieCFA: 18994, mentionMobiliteInternationale: false, accompagnementDROM: false, montantRQTHAnnee1: 4000 },
      mandatEmployeur: true,
      dateSignature: "2025-08-25",
      attestationConventionSigneeEntreprise: true,
      attestationConventionSigneeCFA: true,
      attestationConventionSignatureProbante: true,
      attestationConventionConformeJSON: true,
    });
    await c.deposerCertificat({ ...DOSSIER, numeroInterne: numero }, { typeCertificat: "Intermediaire" });
    expect(e.depots[2]?.corps).toEqual({
      typeCertificat: "Intermediaire",
      numeroInterneDossier: numero,
      dateSignature: "2026-09-01",
      lieuSignatureContrat: "Lyon",
      representantLegal: { nom: "ROUX", prenom: "Anne", qualite: "Directrice" },
      attestationConservationPieces: true,
      natureAction: "Formation par apprentissage",
      employeur: { siret: "13002526500013" },
      apprenti: { nom: "MARTIN", prenom: "Léa" },
      organismeFormation: { siret: "19690124100017" },
      echeance: { numero: 1, codification: "E1", duree: 600, dateDebut: "2025-09-01", dateFin: "2026-08-31", echeancePartielle: false },
    });
  });

  it("un OPCO qui exige une autre forme de date refuse le dépôt (400) : la forme est un réglage par OPCO", async () => {
    const { c } = await demarrer({ formesDateExigees: { convention: "Z" } });
    const numero = await deposerDossier(c);
    await expect(c.deposerConvention({ ...DOSSIER, numeroInterne: numero })).rejects.toMatchObject({ code: "http", statut: 400 });
    const { c: accorde } = await demarrer({ formesDateExigees: { convention: "Z" } }, { formesDate: { convention: "Z" } });
    const autre = await deposerDossier(accorde);
    await expect(accorde.deposerConvention({ ...DOSSIER, numeroInterne: autre })).resolves.toMatchObject({ statut: "RECUE" });
  });

  it("un champ obligatoire absent est un constat, pas un 400 : rien n'est envoyé", async () => {
    const { e, c } = await demarrer();
    const incomplet: Dossier = { numeroInterne: "EMU-000001", contrat: { apprenti: { nom: "MARTIN" } } };
    const avant = e.statistiques.requetes;
    const erreur = await c.deposerCertificat(incomplet, { typeCertificat: "Final" }).catch((x: unknown) => x);
    expect(erreur).toBeInstanceOf(ErreurApiConvergence);
    const { code, constats } = erreur as ErreurApiConvergence;
    expect(code).toBe("champs_obligatoires");
    expect(constats.map((k) => k.chemins[0])).toEqual(["contrat.employeur.siret", "contrat.apprenti.prenom", "contrat.organismeFormation.siret", "financement.echeances[].numero"]);
    expect(constats[0]).toMatchObject({ regle: "echange.api-convergence.champ-obligatoire", severite: "bloquant", statut: "non_conforme", details: { depot: "certificat", pointeur: "/employeur/siret" } });
    await expect(c.deposerConvention(incomplet)).rejects.toMatchObject({ code: "champs_obligatoires" });
    await expect(c.declarerRuptureEmployeur({ numeroInterne: "EMU-000001" })).rejects.toMatchObject({ code: "champs_obligatoires" });
    expect(e.statistiques.requetes).toBe(avant);
    expect(verifierDepotApiConvergence("convention", { numeroInterneDossier: " " }).map((k) => k.details["pointeur"])).toContain("/numeroInterneDossier");
  });
});

describe("documents, rupture par l'employeur, validité de la clé", () => {
  it("dépose le CERFA rempli par cerfa-pdf et une convention signée (PDF) rattachés au dossier", async () => {
    const { e, c } = await demarrer();
    const numero = await deposerDossier(c);
    const cerfa = await remplirCerfaPdf(DOSSIER.contrat!);
    await c.deposerDocument({ typeFichier: "cerfa", objets: [{ typeObjet: "dossier", idObjet: numero }], nomFichier: "cerfa.pdf", octets: cerfa });
    expect(e.documents[0]?.typeFichier).toBe("cerfa");
    expect(Buffer.from(e.documents[0]!.octets).equals(Buffer.from(cerfa))).toBe(true);
    await expect(c.deposerDocument({ typeFichier: "convention", objets: [{ typeObjet: "dossier", idObjet: numero }], nomFichier: "c.txt", octets: new TextEncoder().encode("pas un pdf") })).rejects.toMatchObject({ code: "champs_obligatoires" });
    await expect(c.deposerDocument({ typeFichier: "convention", objets: [{ typeObjet: "dossier", idObjet: "INCONNU" }], nomFichier: "c.pdf", octets: cerfa })).rejects.toMatchObject({ code: "http", statut: 400 });
  });

  it("déclare une rupture par l'employeur ; le dossier relu est rompu à la date déclarée", async () => {
    const { e, c } = await demarrer({ formesDateExigees: { rupture: "date" } });
    const numero = await deposerDossier(c);
    const reponse = await c.declarerRuptureEmployeur({ numeroInterne: numero, rupture: { dateEffet: "2025-12-15", codeMotif: "03", commentaire: "Fin de période d'essai" } });
    expect(reponse).toEqual({ numeroInterneDossier: numero, etat: "RUPTU" });
    expect(e.depots.at(-1)).toEqual({ chemin: "/v2/dossiers/rupture/employeur", corps: { numeroInterneDossier: numero, dateRupture: "2025-12-15", motifRupture: "03", commentaireRupture: "Fin de période d'essai" } });
    const lu = await c.dossier(numero);
    expect(lu?.ok && [lu.valeur.etat, lu.valeur.contrat?.contrat?.dateRupture]).toEqual(["ROMPU", "2025-12-15"]);
  });

  it("vérifie la validité de la clé (GET /v2/cfakeyinfo), après un 429 et un 500, sans citer la clé dans les erreurs", async () => {
    const { e, c } = await demarrer({ finValiditeCle: "2026-12-31", pannes: [{ type: "trop_de_requetes", retryAfter: 0, route: "/v2/cfakeyinfo" }, { type: "erreur_serveur", route: "/v2/cfakeyinfo" }] });
    expect(await c.infoCle("130025265", "2026-12-06")).toEqual({ valide: true, dateFinValidite: "2026-12-31", joursRestants: 25, dateControle: "2026-12-06" });
    expect(e.statistiques.reponses429).toBe(1);
    expect(await c.infoCle("130025265", "2027-01-02")).toMatchObject({ valide: false, joursRestants: -2 });
    const autre = creerClientApiConvergence({ baseUrl: e.url, cleApi: CLE, editeur: "E", logiciel: "L", version: "1", authentification: { type: "cle_api" }, attenteMaxMs: 0, pauseTentativeMs: 0 });
    e.ajouterPanne({ type: "json_malforme", route: "/v2/cfakeyinfo" });
    const erreur = await autre.infoCle("130025265", "2026-12-06").catch((x: unknown) => x);
    expect(erreur).toMatchObject({ code: "reponse_illisible", operation: "info_cle" });
    expect(String((erreur as Error).message)).not.toContain(CLE);
    await expect(c.infoCle("12", "2026-12-06")).rejects.toMatchObject({ code: "http", statut: 400 });
    expect(lireInfoCleApiConvergence({ status: "error", dateFinValidite: null, comment: "Clé inconnue" }, "2026-12-06")).toEqual({ valide: false, dateControle: "2026-12-06", commentaire: "Clé inconnue" });
    expect(lireInfoCleApiConvergence("illisible", "2026-12-06").valide).toBeUndefined();
  });
});
