import { createHash, verify as verifierOctets, X509Certificate, constants } from "node:crypto";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";

const HACHAGES: Readonly<Record<string, string>> = {
  "1.3.14.3.2.26": "sha1",
  "2.16.840.1.101.3.4.2.1": "sha256",
  "2.16.840.1.101.3.4.2.2": "sha384",
  "2.16.840.1.101.3.4.2.3": "sha512",
};
const HACHAGE_DE_SIGNATURE: Readonly<Record<string, string>> = {
  "1.2.840.113549.1.1.5": "sha1",
  "1.2.840.113549.1.1.11": "sha256",
  "1.2.840.113549.1.1.12": "sha384",
  "1.2.840.113549.1.1.13": "sha512",
  "1.2.840.10045.4.3.2": "sha256",
  "1.2.840.10045.4.3.3": "sha384",
  "1.2.840.10045.4.3.4": "sha512",
};
const OID_RSA_PSS = "1.2.840.113549.1.1.10";
const OID_MESSAGE_DIGEST = "1.2.840.113549.1.9.4";
const OID_SIGNING_TIME = "1.2.840.113549.1.9.5";
const OID_SIGNING_CERTIFICATE_V2 = "1.2.840.113549.1.9.16.2.47";
const OID_SIGNING_CERTIFICATE = "1.2.840.113549.1.9.16.2.12";

/**
 * Analyse d'une signature CMS détachée : intégrité (empreinte des octets signés), validité
 * cryptographique, certificat du signataire, attributs PAdES.
 */
export interface AnalyseCms {
  readonly integrite: "valide" | "invalide" | "indeterminee";
  readonly signatureCryptographique: "valide" | "invalide" | "indeterminee";
  readonly certificat?: X509Certificate;
  readonly certificats: readonly X509Certificate[];
  readonly heureCms?: Date;
  /** `true` : `signing-certificate(-v2)` présent et conforme ; `false` : absent ou différent. */
  readonly certificatSignataireAtteste: boolean;
  readonly empreinteSignee?: string;
  readonly empreinteCalculee?: string;
}

function octets(valeur: ArrayBuffer | ArrayBufferView): Buffer {
  return ArrayBuffer.isView(valeur) ? Buffer.from(valeur.buffer, valeur.byteOffset, valeur.byteLength) : Buffer.from(valeur);
}

/** Longueur exacte (en-tête compris) de l'élément DER en tête de `der`, `undefined` si illisible. */
function longueurDer(der: Uint8Array): number | undefined {
  if (der.length < 2 || der[0] !== 0x30) return undefined;
  const premier = der[1] ?? 0;
  if (premier < 0x80) return 2 + premier;
  const nombre = premier & 0x7f;
  if (nombre === 0 || nombre > 4 || der.length < 2 + nombre) return undefined;
  let longueur = 0;
  for (let i = 0; i < nombre; i++) longueur = longueur * 256 + (der[2 + i] ?? 0);
  return 2 + nombre + longueur;
}

function attribut(attributs: pkijs.SignedAndUnsignedAttributes | undefined, type: string): pkijs.Attribute | undefined {
  return attributs?.attributes.find((a) => a.type === type);
}

/** Empreinte attestée par `signing-certificate-v2` (SHA-256 par défaut) ou `signing-certificate` (SHA-1). */
function certificatAtteste(attributs: pkijs.SignedAndUnsignedAttributes | undefined, certificat: X509Certificate): boolean {
  const v2 = attribut(attributs, OID_SIGNING_CERTIFICATE_V2);
  const v1 = attribut(attributs, OID_SIGNING_CERTIFICATE);
  const valeur = (v2 ?? v1)?.values[0];
  if (!(valeur instanceof asn1js.Sequence)) return false;
  const certs = valeur.valueBlock.value[0];
  const premier = certs instanceof asn1js.Sequence ? certs.valueBlock.value[0] : undefined;
  if (!(premier instanceof asn1js.Sequence)) return false;
  let algorithme = v2 === undefined ? "sha1" : "sha256";
  let hache: asn1js.OctetString | undefined;
  for (const element of premier.valueBlock.value) {
    if (element instanceof asn1js.OctetString) {
      hache = element;
      break;
    }
    if (element instanceof asn1js.Sequence) {
      const oid = element.valueBlock.value[0];
      if (oid instanceof asn1js.ObjectIdentifier) algorithme = HACHAGES[oid.valueBlock.toString()] ?? "inconnu";
    }
  }
  if (hache === undefined || algorithme === "inconnu") return false;
  return createHash(algorithme).update(certificat.raw).digest().equals(octets(hache.valueBlock.valueHexView));
}

function heureCms(attributs: pkijs.SignedAndUnsignedAttributes | undefined): Date | undefined {
  const valeur = attribut(attributs, OID_SIGNING_TIME)?.values[0];
  if (valeur instanceof asn1js.UTCTime || valeur instanceof asn1js.GeneralizedTime) return valeur.toDate();
  return undefined;
}

function trouverCertificat(info: pkijs.SignerInfo, certificats: readonly { pkijs: pkijs.Certificate; x509: X509Certificate }[]): X509Certificate | undefined {
  const sid = info.sid as unknown;
  if (sid instanceof pkijs.IssuerAndSerialNumber) {
    const serie = Buffer.from(sid.serialNumber.valueBlock.valueHexView).toString("hex");
    const trouve = certificats.find((c) => Buffer.from(c.pkijs.serialNumber.valueBlock.valueHexView).toString("hex") === serie && c.pkijs.issuer.isEqual(sid.issuer));
    if (trouve !== undefined) return trouve.x509;
  }
  if (sid instanceof asn1js.Constructed || sid instanceof asn1js.Primitive) {
    // Identifiant de clé du sujet : [0] IMPLICIT OCTET STRING.
    const identifiant = sid instanceof asn1js.Primitive ? Buffer.from(sid.valueBlock.valueHexView).toString("hex") : undefined;
    const trouve = certificats.find((c) => {
      const extension = c.pkijs.extensions?.find((e) => e.extnID === "2.5.29.14");
      const valeur = extension?.parsedValue as asn1js.OctetString | undefined;
      return valeur !== undefined && Buffer.from(valeur.valueBlock.valueHexView).toString("hex") === identifiant;
    });
    if (trouve !== undefined) return trouve.x509;
  }
  return certificats.length === 1 ? certificats[0]?.x509 : undefined;
}

/**
 * Analyse une signature CMS (`/Contents` d'une signature PDF, zéros de remplissage compris)
 * par rapport aux octets couverts par `/ByteRange`. Lève une erreur si la structure CMS est
 * illisible (l'appelant la convertit en constat situé).
 */
export function analyserCms(contenu: Uint8Array, octetsSignes: Uint8Array): AnalyseCms {
  const longueur = longueurDer(contenu);
  if (longueur === undefined || longueur > contenu.length) throw new Error("CMS illisible");
  const copie = new Uint8Array(contenu.subarray(0, longueur));
  const asn1 = asn1js.fromBER(copie.buffer);
  if (asn1.offset === -1) throw new Error("CMS illisible");
  const enveloppe = new pkijs.ContentInfo({ schema: asn1.result });
  const donnees = new pkijs.SignedData({ schema: enveloppe.content });
  const info = donnees.signerInfos[0];
  if (info === undefined) throw new Error("CMS sans signataire");
  const certificats = (donnees.certificates ?? [])
    .filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate)
    .map((c) => ({ pkijs: c, x509: new X509Certificate(octets(c.toSchema().toBER(false))) }));
  const certificat = trouverCertificat(info, certificats);
  const hachage = HACHAGES[info.digestAlgorithm.algorithmId];
  const attributs = info.signedAttrs;
  let integrite: AnalyseCms["integrite"] = "indeterminee";
  let empreinteSignee: string | undefined;
  let empreinteCalculee: string | undefined;
  if (hachage !== undefined) {
    const calculee = createHash(hachage).update(octetsSignes).digest();
    empreinteCalculee = calculee.toString("hex");
    const attributEmpreinte = attribut(attributs, OID_MESSAGE_DIGEST)?.values[0];
    if (attributEmpreinte instanceof asn1js.OctetString) {
      const signee = octets(attributEmpreinte.valueBlock.valueHexView);
      empreinteSignee = signee.toString("hex");
      integrite = signee.equals(calculee) ? "valide" : "invalide";
    } else if (attributs === undefined) {
      integrite = "indeterminee";
    }
  }
  let signatureCryptographique: AnalyseCms["signatureCryptographique"] = "indeterminee";
  if (certificat !== undefined) {
    const algorithme = info.signatureAlgorithm.algorithmId;
    const hachageSignature = HACHAGE_DE_SIGNATURE[algorithme] ?? hachage;
    let donneesSignees: Buffer;
    if (attributs !== undefined) {
      donneesSignees = Buffer.from(octets(attributs.encodedValue));
      donneesSignees[0] = 0x31;
    } else {
      donneesSignees = Buffer.from(octetsSignes);
    }
    const valeur = octets(info.signature.valueBlock.valueHexView);
    const cle =
      algorithme === OID_RSA_PSS
        ? { key: certificat.publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO }
        : { key: certificat.publicKey, dsaEncoding: "der" as const };
    try {
      signatureCryptographique = verifierOctets(hachageSignature ?? "sha256", donneesSignees, cle, valeur) ? "valide" : "invalide";
    } catch {
      signatureCryptographique = "invalide";
    }
    if (attributs === undefined && integrite === "indeterminee") integrite = signatureCryptographique;
  }
  const resultat: AnalyseCms = {
    integrite,
    signatureCryptographique,
    certificats: certificats.map((c) => c.x509),
    certificatSignataireAtteste: certificat !== undefined && certificatAtteste(attributs, certificat),
    ...(certificat === undefined ? {} : { certificat }),
    ...(empreinteSignee === undefined ? {} : { empreinteSignee }),
    ...(empreinteCalculee === undefined ? {} : { empreinteCalculee }),
  };
  const heure = heureCms(attributs);
  return heure === undefined ? resultat : { ...resultat, heureCms: heure };
}
