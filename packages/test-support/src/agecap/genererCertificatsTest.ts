import { generateKeyPairSync } from "node:crypto";
import forge from "node-forge";
import type { CertificatsTest } from "./CertificatsTest";

interface Paire {
  readonly privee: forge.pki.rsa.PrivateKey;
  readonly publique: forge.pki.rsa.PublicKey;
}

/** Paire RSA générée par node:crypto (rapide), convertie pour node-forge. */
function paire(): Paire {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return {
    privee: forge.pki.privateKeyFromPem(privateKey.export({ format: "pem", type: "pkcs1" }).toString()) as forge.pki.rsa.PrivateKey,
    publique: forge.pki.publicKeyFromPem(publicKey.export({ format: "pem", type: "spki" }).toString()) as forge.pki.rsa.PublicKey,
  };
}

function certificat(
  sujet: string,
  cles: Paire,
  emetteur: { readonly nom: string; readonly cle: forge.pki.rsa.PrivateKey },
  extensions: object[],
  serie: string,
): forge.pki.Certificate {
  const c = forge.pki.createCertificate();
  c.publicKey = cles.publique;
  c.serialNumber = serie;
  c.validity.notBefore = new Date(Date.UTC(2020, 0, 1));
  c.validity.notAfter = new Date(Date.UTC(2099, 0, 1));
  c.setSubject([{ name: "commonName", value: sujet }]);
  c.setIssuer([{ name: "commonName", value: emetteur.nom }]);
  c.setExtensions(extensions);
  c.sign(emetteur.cle, forge.md.sha256.create());
  return c;
}

function autorite(nom: string, serie: string): { cles: Paire; certificat: forge.pki.Certificate } {
  const cles = paire();
  return { cles, certificat: certificat(nom, cles, { nom, cle: cles.privee }, [{ name: "basicConstraints", cA: true }, { name: "keyUsage", keyCertSign: true, cRLSign: true }], serie) };
}

function p12Client(nom: string, ac: { cles: Paire; certificat: forge.pki.Certificate }, motDePasse: string, serie: string): Uint8Array {
  const cles = paire();
  const c = certificat(nom, cles, { nom: ac.certificat.subject.getField("CN").value as string, cle: ac.cles.privee }, [{ name: "extKeyUsage", clientAuth: true }, { name: "keyUsage", digitalSignature: true, keyEncipherment: true }], serie);
  const asn1 = forge.pkcs12.toPkcs12Asn1(cles.privee, [c, ac.certificat], motDePasse, { algorithm: "3des" });
  return new Uint8Array(Buffer.from(forge.asn1.toDer(asn1).getBytes(), "binary"));
}

/**
 * Génère, pour un test, une autorité de certification, le certificat serveur de
 * `127.0.0.1` et un certificat client en P12 (PKCS#12, mot de passe), avec node-forge (les
 * clés RSA sont tirées par `node:crypto`). Rien n'est écrit sur disque ; valables de 2020 à
 * 2099 pour rester indépendants de l'horloge.
 *
 * @example
 * ```ts
 * const certificats = genererCertificatsTest();
 * const agecap = await demarrerEmulateurAgecap({ certificats });
 * ```
 */
export function genererCertificatsTest(motDePasse = "mot-de-passe-p12"): CertificatsTest {
  const ac = autorite("Autorite de test Communs OPCO", "01");
  const cles = paire();
  const serveur = certificat(
    "127.0.0.1",
    cles,
    { nom: "Autorite de test Communs OPCO", cle: ac.cles.privee },
    [{ name: "subjectAltName", altNames: [{ type: 7, ip: "127.0.0.1" }] }, { name: "extKeyUsage", serverAuth: true }],
    "02",
  );
  const autre = autorite("Autorite inconnue", "10");
  return {
    ca: forge.pki.certificateToPem(ac.certificat),
    serveur: { cle: forge.pki.privateKeyToPem(cles.privee), certificat: forge.pki.certificateToPem(serveur) },
    client: { p12: p12Client("cfa-client", ac, motDePasse, "03"), motDePasse },
    clientInconnu: { p12: p12Client("intrus", autre, motDePasse, "11"), motDePasse },
  };
}
