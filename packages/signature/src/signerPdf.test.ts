import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { X509Certificate } from "node:crypto";
import { remplirCerfaPdf } from "@communs-opco/adaptateur-cerfa-pdf";
import { contratExemple } from "@communs-opco/schemas";
import forge from "node-forge";
import { PDFTextField } from "@cantoo/pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { creerAutoriteTest, creerCertificatTest } from "../test/certificatsTest";
import { opensslDisponible, pdfsig, pdfsigDisponible } from "../test/pdfsig";
import type { CertificatSignature } from "./CertificatSignature";
import { chargerCertificatP12 } from "./chargerCertificatP12";
import { chargerPourMiseAJour, ecrireMiseAJourIncrementale } from "./miseAJourIncrementale";
import type { RoleSignataire } from "./RoleSignataire";
import { signerPdf } from "./signerPdf";
import { verifierSignaturesPdf } from "./verifierSignaturesPdf";

const autorite = creerAutoriteTest();
const certificats = new Map<RoleSignataire, CertificatSignature>();
for (const [role, cn] of [
  ["employeur", "Jeanne EMPLOYEUR"],
  ["apprenti", "Léa MARTIN"],
  ["representant", "Paul MARTIN"],
  ["cfa", "Directeur CFA"],
] as const) {
  const t = creerCertificatTest(cn, autorite);
  const r = chargerCertificatP12(t.p12, t.motDePasse);
  if (!r.ok) throw new Error(r.erreur.message);
  certificats.set(role, r.certificat);
}
const certificat = (role: RoleSignataire): CertificatSignature => certificats.get(role) as CertificatSignature;
const date = (minute: number): Date => new Date(Date.UTC(2026, 8, 1, 8, minute));

async function signer(pdf: Uint8Array, role: RoleSignataire, minute: number): Promise<Uint8Array> {
  const r = await signerPdf(pdf, { certificat: certificat(role), role, date: date(minute), lieu: "Lyon" });
  if (!r.ok) throw new Error(r.erreur.message);
  return r.pdf;
}

/** Ajoute une mise à jour incrémentale qui change le champ texte « Fait à » (modification non signée). */
async function modifierFaitA(pdf: Uint8Array, valeur: string): Promise<Uint8Array> {
  const { document, precedent } = await chargerPourMiseAJour(pdf);
  const champ = document.getForm().getField("Fait à");
  if (!(champ instanceof PDFTextField)) throw new Error("champ absent");
  champ.setText(valeur);
  return ecrireMiseAJourIncrementale(pdf, document, precedent, new Map([[champ.ref.objectNumber, { ref: champ.ref, objet: champ.acroField.dict }]]));
}

let cerfa: Uint8Array;
let troisSignatures: Uint8Array;

beforeAll(async () => {
  cerfa = await remplirCerfaPdf(contratExemple);
  troisSignatures = await signer(await signer(await signer(cerfa, "employeur", 0), "apprenti", 5), "representant", 10);
}, 90_000);

describe("signerPdf : trois signatures successives en mises à jour incrémentales", { timeout: 60_000 }, () => {
  it("garde les octets de chaque révision précédente (mise à jour incrémentale)", async () => {
    const une = await signer(cerfa, "employeur", 0);
    expect(Buffer.from(une.subarray(0, cerfa.length)).equals(Buffer.from(cerfa))).toBe(true);
    const deux = await signer(une, "apprenti", 5);
    expect(Buffer.from(deux.subarray(0, une.length)).equals(Buffer.from(une))).toBe(true);
  });

  it.skipIf(!pdfsigDisponible)("pdfsig (poppler) juge valides les trois signatures du CERFA", () => {
    const sortie = pdfsig(troisSignatures);
    expect(sortie.match(/Signature Validation: Signature is Valid\./gu)).toHaveLength(3);
    expect(sortie).toContain("Signature Type: ETSI.CAdES.detached");
    expect(sortie).toContain("Signer Certificate Common Name: Jeanne EMPLOYEUR");
    expect(sortie).toContain("Total document signed");
    expect(sortie).not.toMatch(/Syntax Error|Invalid/u);
  });

  it("opco signature verifier : trois signatures valides, rôles des cases du CERFA, rien après la dernière", async () => {
    const rapport = await verifierSignaturesPdf(troisSignatures, { autorites: [new X509Certificate(certPem(autorite))] });
    expect(rapport.valide).toBe(true);
    expect(rapport.modifieApresDerniere).toBe(false);
    expect(rapport.signatures.map((s) => s.role)).toEqual(["employeur", "apprenti", "representant"]);
    expect(rapport.signatures.map((s) => s.nom)).toEqual(["Jeanne EMPLOYEUR", "Léa MARTIN", "Paul MARTIN"]);
    expect(rapport.signatures.map((s) => s.heureSignature)).toEqual([date(0), date(5), date(10)].map((d) => d.toISOString()));
    for (const s of rapport.signatures) {
      expect(s).toMatchObject({ integrite: "valide", signatureCryptographique: "valide", chaine: "approuvee", modifieApres: false, sousFiltre: "ETSI.CAdES.detached" });
      expect(s.certificat?.emetteur).toContain("CN=AC racine de test");
      expect(s.certificat?.valideALaSignature).toBe(true);
    }
    expect(rapport.signatures.at(-1)?.couvreToutLeDocument).toBe(true);
    expect(rapport.constats.filter((c) => c.gravite !== "information")).toEqual([]);
  });

  it("sans autorité fournie, la chaîne est « non évaluée » (constat d'information) mais les signatures restent valides", async () => {
    const rapport = await verifierSignaturesPdf(troisSignatures);
    expect(rapport.valide).toBe(true);
    expect(rapport.constats.map((c) => c.id)).toEqual(["SIG-CHAINE-NON-EVALUEE", "SIG-CHAINE-NON-EVALUEE", "SIG-CHAINE-NON-EVALUEE"]);
  });

  it("une autorité étrangère rend la chaîne non approuvée", async () => {
    const autre = creerAutoriteTest("Autre AC");
    const rapport = await verifierSignaturesPdf(troisSignatures, { autorites: [new X509Certificate(certPem(autre))] });
    expect(rapport.valide).toBe(false);
    expect(rapport.constats.filter((c) => c.id === "SIG-CHAINE-NON-APPROUVEE")).toHaveLength(3);
  });
});

function certPem(ac: ReturnType<typeof creerAutoriteTest>): string {
  return forge.pki.certificateToPem(ac.certificat);
}

describe("altérations détectées", { timeout: 60_000 }, () => {
  it("un octet changé dans une plage signée : invalide pour pdfsig et pour le vérificateur", async () => {
    const altere = new Uint8Array(troisSignatures);
    // Un octet du contenu d'origine (couvert par les trois signatures).
    const position = 5000;
    altere[position] = (altere[position] ?? 0) ^ 0x01;
    const rapport = await verifierSignaturesPdf(altere);
    expect(rapport.valide).toBe(false);
    expect(rapport.signatures.map((s) => s.integrite)).toEqual(["invalide", "invalide", "invalide"]);
    expect(rapport.constats.filter((c) => c.id === "SIG-INTEGRITE").map((c) => c.signature)).toEqual([1, 2, 3]);
    if (pdfsigDisponible) {
      const sortie = pdfsig(altere);
      expect(sortie).not.toContain("Signature is Valid");
      expect(sortie.match(/Signature Validation: (Digest Mismatch|Signature is Invalid)/gu)).toHaveLength(3);
    }
  });

  it("un octet changé dans la dernière révision seule n'invalide que la dernière signature", async () => {
    const altere = new Uint8Array(troisSignatures);
    const rapportInitial = await verifierSignaturesPdf(troisSignatures);
    const [, , c] = rapportInitial.signatures[2]?.plage ?? [0, 0, 0];
    const position = c + 10;
    altere[position] = (altere[position] ?? 0) ^ 0x01;
    const rapport = await verifierSignaturesPdf(altere);
    expect(rapport.signatures.map((s) => s.integrite)).toEqual(["valide", "valide", "invalide"]);
    if (pdfsigDisponible) expect(pdfsig(altere).match(/Signature is Valid\./gu)).toHaveLength(2);
  });

  it("une signature apposée après une modification non signée : la signature précédente est signalée", async () => {
    const employeur = await signer(cerfa, "employeur", 0);
    const modifie = await modifierFaitA(employeur, "Marseille");
    const apprenti = await signer(modifie, "apprenti", 5);
    const rapport = await verifierSignaturesPdf(apprenti);
    expect(rapport.valide).toBe(false);
    expect(rapport.modifieApresDerniere).toBe(false);
    expect(rapport.signatures.map((s) => [s.integrite, s.modifieApres])).toEqual([
      ["valide", true],
      ["valide", false],
    ]);
    const constat = rapport.constats.find((c) => c.id === "SIG-MODIFIE-APRES");
    expect(constat?.signature).toBe(1);
    expect(constat?.message).toContain("champ « Fait à »");
    if (pdfsigDisponible) expect(pdfsig(apprenti).match(/Signature is Valid\./gu)).toHaveLength(2);
  });

  it("une modification après la dernière signature est signalée, située", async () => {
    const modifie = await modifierFaitA(troisSignatures, "Paris");
    const rapport = await verifierSignaturesPdf(modifie);
    expect(rapport.valide).toBe(false);
    expect(rapport.modifieApresDerniere).toBe(true);
    const constat = rapport.constats.find((c) => c.id === "SIG-MODIFIE-APRES");
    expect(constat).toMatchObject({ signature: 3, position: troisSignatures.length - 0 });
    if (pdfsigDisponible) expect(pdfsig(modifie)).toContain("Not total document signed");
  });

  it("un PDF tronqué donne des constats situés, sans exception", async () => {
    const tronque = troisSignatures.subarray(0, troisSignatures.length - 40_000);
    const rapport = await verifierSignaturesPdf(tronque);
    expect(rapport.valide).toBe(false);
    const constat = rapport.constats.find((c) => c.id === "SIG-PDF-TRONQUE");
    expect(constat?.position).toBeLessThan(tronque.length);
    expect(constat?.message).toContain("tronqué");
    expect(rapport.constats.some((c) => c.id === "SIG-PLAGE-INVALIDE" && typeof c.position === "number")).toBe(true);
  });

  it("un fichier vide, non PDF ou malformé donne un constat, sans exception", async () => {
    for (const octets of [new Uint8Array(), new TextEncoder().encode("bonjour"), new TextEncoder().encode("%PDF-1.7\n/ByteRange [0 10 20 30] /Contents <zz>\n%%EOF")]) {
      const rapport = await verifierSignaturesPdf(octets);
      expect(rapport.valide).toBe(false);
      expect(rapport.constats.length).toBeGreaterThan(0);
    }
    const cms = new TextEncoder().encode("%PDF-1.7\n1 0 obj << /ByteRange [0 20 26 10] /Contents <0102> >>\nendobj\n%%EOF\n");
    const rapport = await verifierSignaturesPdf(cms);
    expect(rapport.constats.map((c) => c.id)).toContain("SIG-PLAGE-INVALIDE");
  });
});

describe("signerPdf : refus", { timeout: 60_000 }, () => {
  it("refuse une case déjà signée, un PDF sans case, un certificat hors validité", async () => {
    const une = await signerPdf(troisSignatures, { certificat: certificat("employeur"), role: "employeur", date: date(20) });
    expect(une).toMatchObject({ ok: false, erreur: { code: "SIG-CHAMP-DEJA-SIGNE" } });
    const tronque = await signerPdf(troisSignatures.subarray(0, 1000), { certificat: certificat("cfa"), role: "cfa", date: date(20) });
    expect(tronque.ok).toBe(false);
    const expire = await signerPdf(cerfa, { certificat: certificat("cfa"), role: "cfa", date: new Date("2031-01-01T00:00:00Z") });
    expect(expire).toMatchObject({ ok: false, erreur: { code: "SIG-CERTIFICAT-HORS-VALIDITE" } });
  });

  it("refuse un mot de passe faux et un fichier qui n'est pas un PKCS#12, sans divulguer le mot de passe", () => {
    const t = creerCertificatTest("Test", autorite, { motDePasse: "bon-mot-de-passe" });
    const faux = chargerCertificatP12(t.p12, "mauvais-secret");
    expect(faux).toMatchObject({ ok: false, erreur: { code: "SIG-CERTIFICAT-MOT-DE-PASSE" } });
    expect(JSON.stringify(faux)).not.toContain("mauvais-secret");
    expect(chargerCertificatP12(new TextEncoder().encode("pas un p12"), "x")).toMatchObject({ ok: false, erreur: { code: "SIG-CERTIFICAT-ILLISIBLE" } });
  });

  it.skipIf(!opensslDisponible)("charge un PKCS#12 produit par openssl (PBES2/AES-256, MAC SHA-256)", async () => {
    const dossier = mkdtempSync(join(tmpdir(), "p12-"));
    try {
      execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", join(dossier, "cle.pem"), "-out", join(dossier, "cert.pem"), "-days", "3650", "-subj", "/C=FR/O=Test/CN=Signataire OpenSSL"], { stdio: "ignore" });
      execFileSync("openssl", ["pkcs12", "-export", "-inkey", join(dossier, "cle.pem"), "-in", join(dossier, "cert.pem"), "-out", join(dossier, "cert.p12"), "-passout", "pass:secret-openssl"], { stdio: "ignore" });
      const r = chargerCertificatP12(readFileSync(join(dossier, "cert.p12")), "secret-openssl");
      expect(r.ok && r.certificat.nomCommun).toBe("Signataire OpenSSL");
      if (!r.ok) return;
      const signe = await signerPdf(cerfa, { certificat: r.certificat, role: "cfa", date: new Date() });
      expect(signe.ok).toBe(true);
      if (signe.ok) {
        writeFileSync(join(dossier, "signe.pdf"), signe.pdf);
        expect((await verifierSignaturesPdf(signe.pdf)).signatures[0]).toMatchObject({ role: "cfa", integrite: "valide" });
      }
    } finally {
      rmSync(dossier, { recursive: true, force: true });
    }
  });
});
