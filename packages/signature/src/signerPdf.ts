import { SignPdf } from "@signpdf/signpdf";
import type { CertificatSignature } from "./CertificatSignature.js";
import { ajouterEmplacementSignature } from "./ajouterEmplacementSignature.js";
import { dateSignatureAffichee } from "./dateSignatureAffichee.js";
import { ErreurPdf } from "./ErreurPdf.js";
import { empreinteSha256 } from "./empreinteSha256.js";
import { CHAMPS_SIGNATURE_CERFA, LIBELLES_ROLES, type RoleSignataire } from "./RoleSignataire.js";
import { SignataireCms } from "./signataireCms.js";

/**
 * Options de {@link signerPdf}.
 *
 * @example
 * ```ts
 * const options: OptionsSignaturePdf = { certificat, role: "employeur", date: new Date("2026-09-01T10:00:00Z") };
 * ```
 */
export interface OptionsSignaturePdf {
  /** Certificat du signataire, chargé une fois par {@link chargerCertificatP12}. */
  readonly certificat: CertificatSignature;
  /** Rôle du signataire : choisit la case du CERFA où la signature visible est apposée. */
  readonly role: RoleSignataire;
  /** Instant de la signature (horloge de l'appelant : jamais lu ici). */
  readonly date: Date;
  /** Nom affiché ; par défaut le nom commun (CN) du certificat. */
  readonly nom?: string;
  /** Lieu de signature (`/Location`). */
  readonly lieu?: string;
  /** Octets réservés à la signature CMS. @default 16384 */
  readonly tailleSignature?: number;
}

/**
 * Échec d'une signature : code stable et message en français.
 *
 * @example
 * ```ts
 * const erreur: ErreurSignature = { code: "SIG-CHAMP-DEJA-SIGNE", message: "La case « Signature de l’employeur » est déjà signée." };
 * ```
 */
export interface ErreurSignature {
  readonly code: string;
  readonly message: string;
}

/**
 * Résultat de {@link signerPdf} : le PDF signé et les empreintes SHA-256 avant et après, ou une erreur.
 *
 * @example
 * ```ts
 * const r: ResultatSignaturePdf = await signerPdf(pdf, options);
 * if (r.ok) await writeFile("signe.pdf", r.pdf);
 * ```
 */
export type ResultatSignaturePdf =
  | { readonly ok: true; readonly pdf: Uint8Array; readonly empreinteAvant: string; readonly empreinteApres: string }
  | { readonly ok: false; readonly erreur: ErreurSignature };

/**
 * Signe un CERFA FA13 rempli (PDF produit par `@communs-opco/adaptateur-cerfa-pdf` ou tout PDF
 * portant ses champs de signature) : signature PAdES baseline B (CMS détachée
 * `ETSI.CAdES.detached`, attribut `signing-certificate-v2`, heure dans `/M`) dans la case du
 * rôle, visible (nom, rôle, date et heure de Paris), ajoutée **en mise à jour incrémentale** :
 * les signatures déjà présentes restent valides. Ne lève jamais d'exception : PDF illisible,
 * chiffré, sans la case du rôle, case déjà signée ou certificat hors validité rendent une erreur.
 *
 * @example
 * ```ts
 * const r = await signerPdf(await readFile("cerfa.pdf"), { certificat, role: "employeur", date: new Date() });
 * if (r.ok) await writeFile("cerfa-signe.pdf", r.pdf);
 * else console.error(r.erreur.message);
 * ```
 */
export async function signerPdf(pdf: Uint8Array, options: OptionsSignaturePdf): Promise<ResultatSignaturePdf> {
  const { certificat, role, date } = options;
  if (Number.isNaN(date.getTime())) return { ok: false, erreur: { code: "SIG-DATE-INVALIDE", message: "Date de signature invalide." } };
  const debut = new Date(certificat.certificat.validFrom);
  const fin = new Date(certificat.certificat.validTo);
  if (date < debut || date > fin) {
    return {
      ok: false,
      erreur: {
        code: "SIG-CERTIFICAT-HORS-VALIDITE",
        message: `Le certificat n'est pas valide à la date de signature (valide du ${debut.toISOString()} au ${fin.toISOString()}).`,
      },
    };
  }
  const nom = options.nom ?? certificat.nomCommun;
  const libelle = LIBELLES_ROLES[role];
  try {
    const prepare = await ajouterEmplacementSignature(pdf, {
      champ: CHAMPS_SIGNATURE_CERFA[role],
      lignesVisibles: [`Signé par ${nom}`, libelle, `le ${dateSignatureAffichee(date)}`],
      date,
      nom,
      raison: `Signature du contrat d'apprentissage : ${libelle}`,
      ...(options.lieu === undefined ? {} : { lieu: options.lieu }),
      tailleSignature: options.tailleSignature ?? 16_384,
    });
    const signe = new Uint8Array(await new SignPdf().sign(prepare, new SignataireCms(certificat)));
    return { ok: true, pdf: signe, empreinteAvant: empreinteSha256(pdf), empreinteApres: empreinteSha256(signe) };
  } catch (erreur) {
    if (erreur instanceof ErreurPdf) return { ok: false, erreur: { code: erreur.code, message: erreur.message } };
    return { ok: false, erreur: { code: "SIG-ECHEC", message: "La signature n'a pas pu être produite (PDF ou certificat non pris en charge)." } };
  }
}
