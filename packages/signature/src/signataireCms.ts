import { createHash, sign as signerOctets } from "node:crypto";
import { Signer } from "@signpdf/utils";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import type { CertificatSignature } from "./CertificatSignature.js";

const OID_DONNEES = "1.2.840.113549.1.7.1";
const OID_SIGNED_DATA = "1.2.840.113549.1.7.2";
const OID_CONTENT_TYPE = "1.2.840.113549.1.9.3";
const OID_MESSAGE_DIGEST = "1.2.840.113549.1.9.4";
const OID_SIGNING_CERTIFICATE_V2 = "1.2.840.113549.1.9.16.2.47";
const OID_SHA256 = "2.16.840.1.101.3.4.2.1";
const OID_SHA256_RSA = "1.2.840.113549.1.1.11";
const OID_ECDSA_SHA256 = "1.2.840.10045.4.3.2";

function tampon(octets: Uint8Array): ArrayBuffer {
  const copie = new Uint8Array(octets.length);
  copie.set(octets);
  return copie.buffer;
}

function certificatPkijs(der: Uint8Array): pkijs.Certificate {
  return pkijs.Certificate.fromBER(tampon(der));
}

/**
 * Attribut ESS `signing-certificate-v2` (RFC 5035) : empreinte SHA-256 du certificat du
 * signataire et son couple émetteur / numéro de série, obligatoire en PAdES baseline B.
 */
function attributCertificatSignataire(der: Uint8Array, certificat: pkijs.Certificate): pkijs.Attribute {
  const empreinte = createHash("sha256").update(der).digest();
  const emetteurSerie = new asn1js.Sequence({
    value: [
      new asn1js.Sequence({
        value: [new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 4 }, value: [certificat.issuer.toSchema()] })],
      }),
      certificat.serialNumber,
    ],
  });
  const essCertIdV2 = new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: tampon(empreinte) }), emetteurSerie] });
  return new pkijs.Attribute({
    type: OID_SIGNING_CERTIFICATE_V2,
    values: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] })],
  });
}

/**
 * Signataire CMS pour `@signpdf/signpdf` : produit une signature CMS détachée conforme au
 * profil PAdES baseline B (ETSI EN 319 142-1) — attributs signés `content-type`,
 * `message-digest` (SHA-256) et `signing-certificate-v2`, sans attribut `signing-time`
 * (l'heure de signature est portée par l'entrée `/M` du dictionnaire de signature), certificat
 * du signataire et chaîne incluses. La structure CMS est encodée par PKI.js ; la clé privée
 * signe par `node:crypto` (RSA PKCS#1 v1.5 ou ECDSA, SHA-256).
 *
 * @example
 * ```ts
 * import signpdf from "@signpdf/signpdf";
 * const signe = await signpdf.sign(pdfAvecEmplacement, new SignataireCms(certificat));
 * ```
 */
export class SignataireCms extends Signer {
  readonly #certificat: CertificatSignature;

  constructor(certificat: CertificatSignature) {
    super();
    this.#certificat = certificat;
  }

  /** Signe les octets couverts par la plage `/ByteRange` ; rend la signature CMS (DER). */
  override async sign(octetsSignes: Buffer): Promise<Buffer> {
    const derSignataire = this.#certificat.certificat.raw;
    const signataire = certificatPkijs(derSignataire);
    const empreinte = createHash("sha256").update(octetsSignes).digest();
    const attributs = new pkijs.SignedAndUnsignedAttributes({
      type: 0,
      attributes: [
        new pkijs.Attribute({ type: OID_CONTENT_TYPE, values: [new asn1js.ObjectIdentifier({ value: OID_DONNEES })] }),
        new pkijs.Attribute({ type: OID_MESSAGE_DIGEST, values: [new asn1js.OctetString({ valueHex: tampon(empreinte) })] }),
        attributCertificatSignataire(derSignataire, signataire),
      ],
    });
    const ec = this.#certificat.clePrivee.asymmetricKeyType === "ec";
    const infoSignataire = new pkijs.SignerInfo({
      version: 1,
      sid: new pkijs.IssuerAndSerialNumber({ issuer: signataire.issuer, serialNumber: signataire.serialNumber }),
      digestAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID_SHA256 }),
      signatureAlgorithm: new pkijs.AlgorithmIdentifier(
        ec ? { algorithmId: OID_ECDSA_SHA256 } : { algorithmId: OID_SHA256_RSA, algorithmParams: new asn1js.Null() },
      ),
      signedAttrs: attributs,
    });
    // Les attributs signés sont signés sous leur encodage SET OF (balise 0x31), pas [0] IMPLICIT.
    const aSigner = new Uint8Array(attributs.toSchema().toBER(false));
    aSigner[0] = 0x31;
    const valeur = signerOctets("sha256", aSigner, this.#certificat.clePrivee);
    infoSignataire.signature = new asn1js.OctetString({ valueHex: tampon(valeur) });
    const donneesSignees = new pkijs.SignedData({
      version: 1,
      digestAlgorithms: [new pkijs.AlgorithmIdentifier({ algorithmId: OID_SHA256 })],
      encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID_DONNEES }),
      certificates: [signataire, ...this.#certificat.chaine.map((c) => certificatPkijs(c.raw))],
      signerInfos: [infoSignataire],
    });
    const enveloppe = new pkijs.ContentInfo({ contentType: OID_SIGNED_DATA, content: donneesSignees.toSchema(true) });
    return Buffer.from(enveloppe.toSchema().toBER(false));
  }
}
