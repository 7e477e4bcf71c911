import { execFileSync } from "node:child_process";
import { X509Certificate } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Certificat de cachet de test, auto-signé par openssl (clé RSA 2048, 10 ans, usage signature et
 * non-répudiation), empaqueté en PKCS#12 (3DES, MAC SHA-1) dans `dossier`, et son début de validité.
 *
 * @example
 * ```ts
 * const { p12, debut } = genererCertificatP12(dossier, "secret-de-test", "Cachet service OPCO");
 * ```
 */
export function genererCertificatP12(dossier: string, motDePasse: string, nomCommun: string): { p12: Uint8Array; debut: Date } {
  const cle = join(dossier, "cle.pem");
  const cert = join(dossier, "cert.pem");
  const p12 = join(dossier, "cert.p12");
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", cle, "-out", cert, "-days", "3650", "-subj", `/C=FR/O=OPCO de test/CN=${nomCommun}`, "-addext", "keyUsage=critical,digitalSignature,nonRepudiation"], { stdio: "ignore" });
  execFileSync("openssl", ["pkcs12", "-export", "-inkey", cle, "-in", cert, "-out", p12, "-passout", `pass:${motDePasse}`, "-keypbe", "PBE-SHA1-3DES", "-certpbe", "PBE-SHA1-3DES", "-macalg", "sha1"], { stdio: "ignore" });
  return { p12: readFileSync(p12), debut: new Date(new X509Certificate(readFileSync(cert)).validFrom) };
}
