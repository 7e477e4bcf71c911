import { createHash } from "node:crypto";
import { remplirCerfaPdf } from "@communs-opco/adaptateur-cerfa-pdf";
import { contratExemple } from "@communs-opco/schemas";
import { CLE_API_EMULATEUR_YOUSIGN, demarrerEmulateurYousign, SECRET_WEBHOOK_EMULATEUR_YOUSIGN, type EmulateurYousign } from "@communs-opco/test-support";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { creerFournisseurYousign } from "./creerFournisseurYousign";
import { emplacementsSignatureCerfa } from "./emplacementsSignatureCerfa";
import { ErreurFournisseur } from "./ErreurFournisseur";
import type { DemandeSignature, FournisseurSignature } from "./FournisseurSignature";
import { SuiviDemandesSignature } from "./SuiviDemandesSignature";

let cerfa: Uint8Array;
let demande: DemandeSignature;
let emulateur: EmulateurYousign | undefined;
const attentes: number[] = [];

function fournisseur(e: EmulateurYousign): FournisseurSignature {
  return creerFournisseurYousign({
    urlBase: `${e.url}/v3`,
    cleApi: CLE_API_EMULATEUR_YOUSIGN,
    secretWebhook: SECRET_WEBHOOK_EMULATEUR_YOUSIGN,
    attendre: async (ms) => {
      attentes.push(ms);
    },
  });
}

beforeAll(async () => {
  cerfa = await remplirCerfaPdf(contratExemple);
  demande = {
    nom: "Contrat d'apprentissage MARTIN",
    document: cerfa,
    nomFichier: "cerfa.pdf",
    signataires: [
      { role: "employeur", prenom: "Jeanne", nom: "EMPLOYEUR", courriel: "jeanne@example.fr" },
      { role: "apprenti", prenom: "Léa", nom: "MARTIN", courriel: "lea@example.fr", telephone: "+33600000000" },
      { role: "representant", prenom: "Paul", nom: "MARTIN", courriel: "paul@example.fr" },
    ],
    emplacements: await emplacementsSignatureCerfa(cerfa),
    expiration: "2026-10-01",
  };
}, 60_000);

afterEach(async () => {
  attentes.length = 0;
  await emulateur?.arreter();
  emulateur = undefined;
});

describe("emplacementsSignatureCerfa", () => {
  it("lit les cases de signature du CERFA, origine en haut à gauche de la page 2", () => {
    expect(demande.emplacements.employeur).toEqual({ page: 2, x: 44, y: 842 - 121 - 24, largeur: 132, hauteur: 24 });
    expect(Object.keys(demande.emplacements).sort()).toEqual(["apprenti", "cfa", "employeur", "representant"]);
  });
});

describe("creerFournisseurYousign contre l'émulateur de l'API v3", () => {
  it("crée, dépose, déclare les signataires avec leur case, active ; suit les webhooks ; télécharge le document signé et la preuve", async () => {
    emulateur = await demarrerEmulateurYousign();
    const yousign = fournisseur(emulateur);
    const creee = await yousign.creerDemande(demande);
    expect(creee.statut).toBe("en_cours");
    expect(creee.signataires.map((s) => s.role)).toEqual(["employeur", "apprenti", "representant"]);
    expect(emulateur.statistiques.journal.map((l) => `${l.methode} ${l.url.replace(/[0-9a-f-]{36}/gu, "{id}")}`)).toEqual([
      "POST /v3/signature_requests",
      "POST /v3/signature_requests/{id}/documents",
      "POST /v3/signature_requests/{id}/signers",
      "POST /v3/signature_requests/{id}/signers",
      "POST /v3/signature_requests/{id}/signers",
      "POST /v3/signature_requests/{id}/activate",
    ]);

    await expect(yousign.telechargerDocumentSigne(creee)).rejects.toMatchObject({ code: "SIG-FOURNISSEUR-REFUS", statut: 400 });
    for (const s of creee.signataires) emulateur.signerPour(creee.id, s.id);
    expect(await yousign.etatDemande(creee.id)).toEqual({ statut: "terminee", signataires: creee.signataires.map((s) => ({ id: s.id, aSigne: true })) });

    const suivi = new SuiviDemandesSignature();
    const effets = emulateur.notifications().map((n) => {
      const r = yousign.recevoirNotification(n.corps, n.entetes);
      if (!r.ok) throw new Error(r.message);
      return [r.notification.type, suivi.appliquer(r.notification)];
    });
    expect(effets).toEqual([
      ["demande_activee", "appliquee"],
      ["signataire_a_signe", "appliquee"],
      ["signataire_a_signe", "appliquee"],
      ["signataire_a_signe", "appliquee"],
      ["demande_terminee", "appliquee"],
    ]);
    expect(suivi.etat(creee.id)).toMatchObject({ statut: "terminee", signatairesAyantSigne: creee.signataires.map((s) => s.id) });

    const signe = await yousign.telechargerDocumentSigne(creee);
    expect(createHash("sha256").update(signe).digest("hex")).toBe(createHash("sha256").update(cerfa).digest("hex"));
    const preuve = await yousign.telechargerPreuve(creee, creee.signataires[0]?.id ?? "");
    expect(new TextDecoder().decode(preuve.subarray(0, 5))).toBe("%PDF-");
  });

  it("webhooks rejoués, désordonnés ou falsifiés : idempotence, pas de régression d'état, refus", async () => {
    emulateur = await demarrerEmulateurYousign();
    const yousign = fournisseur(emulateur);
    const creee = await yousign.creerDemande(demande);
    for (const s of creee.signataires) emulateur.signerPour(creee.id, s.id);
    const [activee, un, deux, trois, terminee] = emulateur.notifications();
    if (activee === undefined || un === undefined || deux === undefined || trois === undefined || terminee === undefined) throw new Error("notifications manquantes");
    const suivi = new SuiviDemandesSignature();
    const appliquer = (n: { corps: string; entetes: Record<string, string> }) => {
      const r = yousign.recevoirNotification(n.corps, n.entetes);
      if (!r.ok) throw new Error(r.message);
      return suivi.appliquer(r.notification);
    };
    // Désordre : la fin arrive avant l'activation et les signatures ; rejeu de la fin.
    expect([terminee, activee, un, terminee, trois, deux, un].map(appliquer)).toEqual(["appliquee", "perimee", "appliquee", "rejouee", "appliquee", "appliquee", "rejouee"]);
    expect(suivi.etat(creee.id)?.statut).toBe("terminee");
    expect(suivi.etat(creee.id)?.signatairesAyantSigne).toHaveLength(3);

    const falsifie = yousign.recevoirNotification(terminee.corps.replace("signature_request.done", "signature_request.expired"), terminee.entetes);
    expect(falsifie).toMatchObject({ ok: false, code: "SIG-NOTIFICATION-NON-AUTHENTIFIEE" });
    expect(yousign.recevoirNotification(terminee.corps, {})).toMatchObject({ ok: false, code: "SIG-NOTIFICATION-NON-AUTHENTIFIEE" });
  });

  it("429 avec Retry-After : attente honorée puis nouvelle tentative, y compris pour une création", async () => {
    emulateur = await demarrerEmulateurYousign({ pannes: [{ type: "trop_de_requetes", retryAfter: 2, route: "/v3/signature_requests" }] });
    const yousign = fournisseur(emulateur);
    const creee = await yousign.creerDemande(demande);
    expect(creee.statut).toBe("en_cours");
    expect(attentes).toEqual([2000]);
    expect(emulateur.statistiques.reponses429).toBe(1);
    emulateur.ajouterPanne({ type: "trop_de_requetes", retryAfter: "Wed, 21 Oct 2099 07:28:00 GMT" });
    await yousign.etatDemande(creee.id);
    expect(attentes[1]).toBe(60_000);
  });

  it("5xx : une lecture est rejouée ; une création ne l'est pas (pas de demande en double) et l'erreur est en français", async () => {
    emulateur = await demarrerEmulateurYousign();
    const yousign = fournisseur(emulateur);
    const creee = await yousign.creerDemande(demande);
    emulateur.ajouterPanne({ type: "erreur_serveur", statut: 503, fois: 2 });
    expect((await yousign.etatDemande(creee.id)).statut).toBe("en_cours");
    expect(emulateur.statistiques.reponses5xx).toBe(2);

    emulateur.ajouterPanne({ type: "erreur_serveur", statut: 500 });
    const erreur = await yousign.creerDemande(demande).catch((e: unknown) => e);
    expect(erreur).toBeInstanceOf(ErreurFournisseur);
    expect(erreur).toMatchObject({ code: "SIG-FOURNISSEUR-INDISPONIBLE", statut: 500 });
    expect((erreur as Error).message).toContain("Yousign indisponible");
    expect((erreur as Error).message).not.toContain(CLE_API_EMULATEUR_YOUSIGN);

    emulateur.ajouterPanne({ type: "erreur_serveur", fois: 10 });
    await expect(yousign.etatDemande(creee.id)).rejects.toMatchObject({ code: "SIG-FOURNISSEUR-INDISPONIBLE" });
  });

  it("JSON tronqué, coupure réseau, clé refusée : erreurs typées", async () => {
    emulateur = await demarrerEmulateurYousign();
    const yousign = fournisseur(emulateur);
    emulateur.ajouterPanne({ type: "json_malforme" });
    await expect(yousign.creerDemande(demande)).rejects.toMatchObject({ code: "SIG-FOURNISSEUR-REPONSE-ILLISIBLE" });
    emulateur.ajouterPanne({ type: "coupure" });
    await expect(yousign.creerDemande(demande)).rejects.toMatchObject({ code: "SIG-FOURNISSEUR-RESEAU" });
    const intrus = creerFournisseurYousign({ urlBase: `${emulateur.url}/v3`, cleApi: "mauvaise-cle", secretWebhook: "x" });
    const refus = await intrus.creerDemande(demande).catch((e: unknown) => e);
    expect(refus).toMatchObject({ code: "SIG-FOURNISSEUR-REFUS", statut: 401 });
    expect((refus as Error).message).not.toContain("mauvaise-cle");
  });

  it("demande expirée : téléchargement refusé avec un message clair, notification d'expiration suivie", async () => {
    emulateur = await demarrerEmulateurYousign();
    const yousign = fournisseur(emulateur);
    const creee = await yousign.creerDemande(demande);
    const premier = creee.signataires[0];
    if (premier !== undefined) emulateur.signerPour(creee.id, premier.id);
    emulateur.expirer(creee.id);
    await expect(yousign.telechargerDocumentSigne(creee)).rejects.toMatchObject({ code: "SIG-FOURNISSEUR-DEMANDE-EXPIREE" });
    const suivi = new SuiviDemandesSignature();
    for (const n of emulateur.notifications()) {
      const r = yousign.recevoirNotification(n.corps, n.entetes);
      if (r.ok) suivi.appliquer(r.notification);
    }
    expect(suivi.etat(creee.id)).toMatchObject({ statut: "expiree", signatairesAyantSigne: [premier?.id] });
    expect(() => emulateur?.signerPour(creee.id, creee.signataires[1]?.id ?? "")).toThrow();
  });
});
