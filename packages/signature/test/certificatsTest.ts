import { generateKeyPairSync } from "node:crypto";
import forge from "node-forge";

/** Certificat de test : P12 protégé par mot de passe, et son certificat PEM. */
export interface CertificatTest {
  readonly p12: Uint8Array;
  readonly motDePasse: string;
  readonly certificatPem: string;
}

interface Emetteur {
  readonly cle: forge.pki.rsa.PrivateKey;
  readonly certificat: forge.pki.Certificate;
}

function paireRsa(): { publique: forge.pki.rsa.PublicKey; privee: forge.pki.rsa.PrivateKey } {
  const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return {
    publique: forge.pki.publicKeyFromPem(publicKey.export({ type: "spki", format: "pem" }).toString()),
    privee: forge.pki.privateKeyFromPem(privateKey.export({ type: "pkcs1", format: "pem" }).toString()),
  };
}

let serie = 1;

function certificat(cn: string, publique: forge.pki.rsa.PublicKey, emetteur: Emetteur | undefined, clePropre: forge.pki.rsa.PrivateKey, debut: Date, fin: Date, ac: boolean) {
  const c = forge.pki.createCertificate();
  c.publicKey = publique;
  c.serialNumber = (0x1000 + serie++).toString(16);
  c.validity.notBefore = debut;
  c.validity.notAfter = fin;
  const sujet = [
    { shortName: "C", value: "FR" },
    { shortName: "O", value: ac ? "AC de test Communs OPCO" : "Organisme de test" },
    { shortName: "CN", value: cn },
  ];
  c.setSubject(sujet);
  c.setIssuer(emetteur ? emetteur.certificat.subject.attributes : sujet);
  c.setExtensions(
    ac
      ? [{ name: "basicConstraints", cA: true, critical: true }, { name: "keyUsage", keyCertSign: true, cRLSign: true, critical: true }]
      : [{ name: "basicConstraints", cA: false }, { name: "keyUsage", digitalSignature: true, nonRepudiation: true, critical: true }],
  );
  c.sign(emetteur?.cle ?? clePropre, forge.md.sha256.create());
  return c;
}

/** Autorité de certification de test (auto-signée). */
export function creerAutoriteTest(cn = "AC racine de test"): Emetteur {
  const { publique, privee } = paireRsa();
  return { cle: privee, certificat: certificat(cn, publique, undefined, privee, new Date("2020-01-01T00:00:00Z"), new Date("2040-01-01T00:00:00Z"), true) };
}

/** Certificat de signataire émis par `autorite`, empaqueté en PKCS#12 (3DES, MAC SHA-1). */
export function creerCertificatTest(
  cn: string,
  autorite: Emetteur,
  options: { motDePasse?: string; debut?: Date; fin?: Date } = {},
): CertificatTest {
  const { publique, privee } = paireRsa();
  const c = certificat(cn, publique, autorite, privee, options.debut ?? new Date("2025-01-01T00:00:00Z"), options.fin ?? new Date("2030-01-01T00:00:00Z"), false);
  const motDePasse = options.motDePasse ?? "secret-de-test";
  const asn1 = forge.pkcs12.toPkcs12Asn1(privee, [c, autorite.certificat], motDePasse, { algorithm: "3des" });
  return { p12: Buffer.from(forge.asn1.toDer(asn1).getBytes(), "binary"), motDePasse, certificatPem: forge.pki.certificateToPem(c) };
}
