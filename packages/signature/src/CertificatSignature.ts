import type { KeyObject, X509Certificate } from "node:crypto";

/**
 * Certificat de signature chargé une fois (au démarrage d'un service, par exemple) : clé
 * privée, certificat du signataire et chaîne fournie avec lui. La clé privée reste un
 * `KeyObject` opaque : elle n'est jamais sérialisée ni journalisée.
 *
 * @example
 * ```ts
 * const resultat = chargerCertificatP12(await readFile("cert.p12"), process.env.OPCO_CERTIFICAT_MOT_DE_PASSE ?? "");
 * if (resultat.ok) console.log(resultat.certificat.sujet);
 * ```
 */
export interface CertificatSignature {
  /** Clé privée du signataire (RSA ou courbe elliptique). */
  readonly clePrivee: KeyObject;
  /** Certificat X.509 du signataire. */
  readonly certificat: X509Certificate;
  /** Autres certificats du fichier (autorités intermédiaires), sans le certificat du signataire. */
  readonly chaine: readonly X509Certificate[];
  /** Sujet du certificat, une composante par ligne (`CN=…`). */
  readonly sujet: string;
  /** Émetteur du certificat. */
  readonly emetteur: string;
  /** Nom commun (CN) du sujet, à défaut le sujet entier : nom écrit dans la signature visible. */
  readonly nomCommun: string;
}
