import { createPrivateKey, X509Certificate, type KeyObject } from "node:crypto";
import forge from "node-forge";
import type { CertificatSignature } from "./CertificatSignature.js";

/**
 * Échec du chargement d'un certificat PKCS#12 : code stable et message français (jamais le
 * mot de passe ni le texte brut de la bibliothèque).
 *
 * @example
 * ```ts
 * const erreur: ErreurCertificat = { code: "SIG-CERTIFICAT-MOT-DE-PASSE", message: "Mot de passe du certificat incorrect." };
 * ```
 */
export interface ErreurCertificat {
  readonly code: "SIG-CERTIFICAT-ILLISIBLE" | "SIG-CERTIFICAT-MOT-DE-PASSE" | "SIG-CERTIFICAT-SANS-CLE" | "SIG-CERTIFICAT-CLE-INCONNUE";
  readonly message: string;
}

/**
 * Résultat de {@link chargerCertificatP12}.
 *
 * @example
 * ```ts
 * const r: ResultatCertificat = chargerCertificatP12(octets, motDePasse);
 * if (!r.ok) console.error(r.erreur.message);
 * ```
 */
export type ResultatCertificat = { readonly ok: true; readonly certificat: CertificatSignature } | { readonly ok: false; readonly erreur: ErreurCertificat };

const TAILLE_MAX_P12 = 1_000_000;

function derDe(objet: forge.asn1.Asn1): Buffer {
  return Buffer.from(forge.asn1.toDer(objet).getBytes(), "binary");
}

/** Nom commun (CN) d'un nom distinctif au format de `X509Certificate.subject` (une composante par ligne). */
function nomCommunDe(nom: string): string {
  const ligne = nom.split("\n").find((composante) => composante.startsWith("CN="));
  return ligne === undefined ? nom.replace(/\n/gu, ", ") : ligne.slice(3);
}

/**
 * Charge un certificat de signature au format PKCS#12 (`.p12` / `.pfx`, chiffrement
 * historique 3DES/RC2 ou PBES2/AES, MAC SHA-1 ou SHA-256) protégé par un mot de passe. Ne lève
 * jamais d'exception : un fichier illisible, un mot de passe faux, un fichier sans clé privée ou
 * sans le certificat de cette clé rendent une erreur au code stable.
 *
 * @example
 * ```ts
 * import { readFile } from "node:fs/promises";
 * const r = chargerCertificatP12(await readFile("cert.p12"), process.env.OPCO_CERTIFICAT_MOT_DE_PASSE ?? "");
 * if (r.ok) console.log(r.certificat.nomCommun); // "Jeanne EMPLOYEUR"
 * ```
 */
export function chargerCertificatP12(octets: Uint8Array, motDePasse: string): ResultatCertificat {
  if (octets.length === 0 || octets.length > TAILLE_MAX_P12) {
    return { ok: false, erreur: { code: "SIG-CERTIFICAT-ILLISIBLE", message: "Le fichier du certificat est vide ou trop volumineux (1 Mo au plus)." } };
  }
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    const asn1 = forge.asn1.fromDer(forge.util.createBuffer(Buffer.from(octets).toString("binary")), false);
    try {
      p12 = forge.pkcs12.pkcs12FromAsn1(asn1, false, motDePasse);
    } catch (erreur) {
      const texte = erreur instanceof Error ? erreur.message : "";
      if (/password|MAC|decrypt/iu.test(texte)) {
        return { ok: false, erreur: { code: "SIG-CERTIFICAT-MOT-DE-PASSE", message: "Mot de passe du certificat incorrect (OPCO_CERTIFICAT_MOT_DE_PASSE)." } };
      }
      throw erreur;
    }
  } catch {
    return { ok: false, erreur: { code: "SIG-CERTIFICAT-ILLISIBLE", message: "Le fichier n'est pas un certificat PKCS#12 (.p12, .pfx) lisible." } };
  }
  const sacsCles = [
    ...(p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag ?? ""] ?? []),
    ...(p12.getBags({ bagType: forge.pki.oids.keyBag })[forge.pki.oids.keyBag ?? ""] ?? []),
  ];
  const sacsCertificats = p12.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag ?? ""] ?? [];
  let clePrivee: KeyObject | undefined;
  try {
    const sac = sacsCles[0];
    if (sac !== undefined) {
      const asn1Cle = sac.key ? forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(sac.key)) : (sac as { asn1?: forge.asn1.Asn1 }).asn1;
      if (asn1Cle !== undefined) clePrivee = createPrivateKey({ key: derDe(asn1Cle), format: "der", type: "pkcs8" });
    }
  } catch {
    return { ok: false, erreur: { code: "SIG-CERTIFICAT-CLE-INCONNUE", message: "La clé privée du certificat est d'un type non pris en charge." } };
  }
  if (clePrivee === undefined) {
    return { ok: false, erreur: { code: "SIG-CERTIFICAT-SANS-CLE", message: "Le fichier PKCS#12 ne contient pas de clé privée." } };
  }
  const certificats: X509Certificate[] = [];
  try {
    for (const sac of sacsCertificats) {
      const asn1Certificat = sac.cert ? forge.pki.certificateToAsn1(sac.cert) : (sac as { asn1?: forge.asn1.Asn1 }).asn1;
      if (asn1Certificat !== undefined) certificats.push(new X509Certificate(derDe(asn1Certificat)));
    }
  } catch {
    return { ok: false, erreur: { code: "SIG-CERTIFICAT-ILLISIBLE", message: "Un certificat du fichier PKCS#12 est illisible." } };
  }
  const cle = clePrivee;
  const certificat = certificats.find((c) => c.checkPrivateKey(cle));
  if (certificat === undefined) {
    return { ok: false, erreur: { code: "SIG-CERTIFICAT-SANS-CLE", message: "Aucun certificat du fichier ne correspond à la clé privée." } };
  }
  return {
    ok: true,
    certificat: {
      clePrivee: cle,
      certificat,
      chaine: certificats.filter((c) => c !== certificat),
      sujet: certificat.subject,
      emetteur: certificat.issuer,
      nomCommun: nomCommunDe(certificat.subject),
    },
  };
}
