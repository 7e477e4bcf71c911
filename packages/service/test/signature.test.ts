import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { remplirCerfaPdf } from "@communs-opco/adaptateur-cerfa-pdf";
import { executerCli } from "@communs-opco/cli";
import { contratExemple } from "@communs-opco/schemas";
import { chargerServiceSignature } from "@communs-opco/signature";
import { genererCertificatP12 } from "@communs-opco/test-support";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { creerApplication, demarrerService, type ApplicationService } from "../src/index";
import { DocumentOpenApi } from "./documentOpenApi";

const journal = pino({ level: "silent" });
const MOT_DE_PASSE = "secret-de-test-service";
let repertoire: string;
let avecCertificat: ApplicationService;
let sansCertificat: ApplicationService;
let doc: DocumentOpenApi;
let cerfa: Uint8Array;
let cheminP12: string;

async function appeler(app: ApplicationService, chemin: string, corps: string | Uint8Array, type: string): Promise<{ statut: number; corps: any }> {
  const reponse = await app.app.request(chemin, { method: "POST", body: corps, headers: { "content-type": type } });
  const typeRecu = reponse.headers.get("content-type") ?? "";
  const valeur = await reponse.json();
  doc.verifier("POST", chemin, reponse.status, typeRecu, valeur);
  return { statut: reponse.status, corps: valeur };
}

beforeAll(async () => {
  repertoire = mkdtempSync(join(tmpdir(), "service-signature-"));
  const { p12, debut } = genererCertificatP12(repertoire, MOT_DE_PASSE, "Cachet service OPCO");
  cheminP12 = join(repertoire, "cert.p12");
  // Horloge figée une heure après le début de validité du certificat généré.
  const signature = new Date(debut.getTime() + 3_600_000);
  const charge = chargerServiceSignature(p12, MOT_DE_PASSE, { horloge: () => signature });
  if (!charge.ok) throw new Error(charge.erreur.message);
  const base = { referentiels: ["aucun"], journal, metriquesProcessus: false } as const;
  avecCertificat = creerApplication({ ...base, signature: charge.service });
  sansCertificat = creerApplication(base);
  await Promise.all([avecCertificat.pret, sansCertificat.pret]);
  doc = await DocumentOpenApi.depuis(avecCertificat.app);
  cerfa = await remplirCerfaPdf(contratExemple);
}, 60_000);

afterAll(() => rmSync(repertoire, { recursive: true, force: true }));

describe("routes /v1/signature", { timeout: 60_000 }, () => {
  it("signe un CERFA (employeur puis apprenti, journal renvoyé) puis le vérifie : rapport valide", async () => {
    const demande = { pdf: Buffer.from(cerfa).toString("base64"), role: "employeur", contrat: contratExemple, lieu: "Lyon" };
    const employeur = await appeler(avecCertificat, "/v1/signature/signer", JSON.stringify(demande), "application/json");
    expect(employeur.statut, JSON.stringify(employeur.corps)).toBe(200);
    expect(employeur.corps.journal.etapes).toHaveLength(1);
    const apprenti = await appeler(avecCertificat, "/v1/signature/signer", JSON.stringify({ pdf: employeur.corps.pdf, role: "apprenti", journal: employeur.corps.journal }), "application/json");
    expect(apprenti.statut).toBe(200);
    expect(apprenti.corps.journal.etapes.map((e: { role: string }) => e.role)).toEqual(["employeur", "apprenti"]);

    const signe = Buffer.from(apprenti.corps.pdf, "base64");
    const rapport = await appeler(avecCertificat, "/v1/signature/verifier", signe, "application/pdf");
    expect(rapport.statut).toBe(200);
    expect(rapport.corps.valide).toBe(true);
    expect(rapport.corps.signatures.map((s: { role: string }) => s.role)).toEqual(["employeur", "apprenti"]);
    // Même rapport que `opco signature verifier --json` sur le même fichier (au nom du fichier près).
    writeFileSync(join(repertoire, "signe.pdf"), signe);
    const sortie: string[] = [];
    await executerCli(["signature", "verifier", "signe.pdf", "--json"], { ecrire: (t) => sortie.push(t), ecrireErreur: () => undefined, repertoire, lireEntreeStandard: async () => "", entreeStandardInteractive: true });
    const sansFichier = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).filter(([cle]) => cle !== "fichier"));
    expect(sansFichier(rapport.corps)).toEqual(sansFichier(JSON.parse(sortie.join(""))));

    // Un octet changé dans une plage signée : la vérification le signale.
    const altere = Buffer.from(signe);
    altere[200] = altere[200]! ^ 0x01;
    expect((await appeler(avecCertificat, "/v1/signature/verifier", altere, "application/pdf")).corps.valide).toBe(false);
  });

  it("refuse en problem+json français : rôle inconnu (400), hors ordre (409), journal illisible (400), PDF non signable (422)", async () => {
    const pdf = Buffer.from(cerfa).toString("base64");
    const role = await appeler(avecCertificat, "/v1/signature/signer", JSON.stringify({ pdf, role: "chef" }), "application/json");
    expect(role).toMatchObject({ statut: 400, corps: { code: "SIG-ROLE-INCONNU", title: "Demande de signature invalide" } });
    expect(role.corps.detail).toContain("Rôle inconnu");
    const ordre = await appeler(avecCertificat, "/v1/signature/signer", JSON.stringify({ pdf, role: "cfa", contrat: contratExemple }), "application/json");
    expect(ordre).toMatchObject({ statut: 409, corps: { code: "SIG-CIRCUIT-ORDRE" } });
    expect((await appeler(avecCertificat, "/v1/signature/signer", JSON.stringify({ pdf, role: "employeur", journal: { version: 2 } }), "application/json")).corps).toMatchObject({ status: 400, code: "SIG-JOURNAL-ILLISIBLE" });
    const illisible = await appeler(avecCertificat, "/v1/signature/signer", JSON.stringify({ pdf: Buffer.from("pas un PDF").toString("base64"), role: "employeur" }), "application/json");
    expect(illisible.statut).toBe(422);
  });

  it("sans certificat configuré : 503 « Signature non configurée » ; la vérification reste disponible", async () => {
    const r = await appeler(sansCertificat, "/v1/signature/signer", JSON.stringify({ pdf: Buffer.from(cerfa).toString("base64"), role: "employeur" }), "application/json");
    expect(r).toMatchObject({ statut: 503, corps: { title: "Signature non configurée" } });
    expect(r.corps.detail).toContain("OPCO_SIGNATURE_CERTIFICAT");
    const v = await appeler(sansCertificat, "/v1/signature/verifier", Buffer.from(cerfa), "application/pdf");
    expect(v.statut).toBe(200);
    expect(v.corps.valide).toBe(false);
    expect(v.corps.signatures).toEqual([]);
  });
});

describe("certificat désigné par l'environnement au démarrage", { timeout: 60_000 }, () => {
  const options = { port: 0, referentiels: ["aucun"], signaux: false, journal, metriquesProcessus: false } as const;

  it("OPCO_SIGNATURE_CERTIFICAT + bon mot de passe : le service démarre et signe ; mauvais mot de passe : refus de démarrer sans le dévoiler", async () => {
    const avant = { certificat: process.env["OPCO_SIGNATURE_CERTIFICAT"], motDePasse: process.env["OPCO_CERTIFICAT_MOT_DE_PASSE"] };
    try {
      process.env["OPCO_SIGNATURE_CERTIFICAT"] = cheminP12;
      process.env["OPCO_CERTIFICAT_MOT_DE_PASSE"] = "mauvais-mot-de-passe";
      const refus = await demarrerService(options).then(() => undefined, (e: Error) => e);
      expect(refus?.message).toMatch(/^OPCO_SIGNATURE_CERTIFICAT : /);
      expect(refus?.message).not.toContain("mauvais-mot-de-passe");
      process.env["OPCO_SIGNATURE_CERTIFICAT"] = join(repertoire, "absent.p12");
      expect((await demarrerService(options).then(() => undefined, (e: Error) => e))?.message).toContain("ENOENT");

      process.env["OPCO_SIGNATURE_CERTIFICAT"] = cheminP12;
      process.env["OPCO_CERTIFICAT_MOT_DE_PASSE"] = MOT_DE_PASSE;
      const service = await demarrerService(options);
      try {
        const reponse = await fetch(`${service.url}/v1/signature/signer`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ pdf: Buffer.from(cerfa).toString("base64"), role: "chef" }) });
        // Le certificat est chargé : la demande atteint le contrôle du rôle (400), pas le 503 « non configurée ».
        expect(reponse.status).toBe(400);
        expect(await reponse.json()).toMatchObject({ code: "SIG-ROLE-INCONNU" });
      } finally {
        await service.arreter();
      }
    } finally {
      for (const [cle, valeur] of [["OPCO_SIGNATURE_CERTIFICAT", avant.certificat], ["OPCO_CERTIFICAT_MOT_DE_PASSE", avant.motDePasse]] as const) {
        if (valeur === undefined) delete process.env[cle];
        else process.env[cle] = valeur;
      }
    }
  });
});
