import type { X509Certificate } from "node:crypto";
import type { CertificatSignature } from "./CertificatSignature.js";
import { chargerCertificatP12, type ErreurCertificat } from "./chargerCertificatP12.js";
import { controlerEtape, lireJournal, ouvrirJournal, signerEtape } from "./circuitEnCours.js";
import { circuitSignature } from "./circuitSignature.js";
import type { JournalSignature } from "./JournalSignature.js";
import type { RapportVerification } from "./RapportVerification.js";
import { estRoleSignataire, ROLES_SIGNATAIRES } from "./RoleSignataire.js";
import { verifierSignaturesPdf } from "./verifierSignaturesPdf.js";
import type { Contrat } from "@communs-opco/schemas";

/**
 * Requête de signature reçue par un service (route `POST /v1/signature/signer`).
 *
 * @example
 * ```ts
 * const requete: RequeteSignatureService = { pdf, role: "cfa", journal: JSON.parse(texteJournal) };
 * ```
 */
export interface RequeteSignatureService {
  readonly pdf: Uint8Array;
  /** Rôle à signer (non contrôlé : la valeur reçue est validée ici). */
  readonly role: unknown;
  /** Journal du circuit (JSON reçu) ; sans journal, circuit déduit de `contrat` ou complet par prudence. */
  readonly journal?: unknown;
  readonly contrat?: Contrat;
  readonly lieu?: string;
}

/**
 * Réponse d'un service de signature, indépendante du cadriciel HTTP : `statut` est le code HTTP
 * à renvoyer (200, 400 requête invalide, 409 hors circuit, 413 trop gros, 422 PDF non signable).
 *
 * @example
 * ```ts
 * const r = await service.signer(requete);
 * if (r.ok) return new Response(r.pdf, { headers: { "content-type": "application/pdf" } });
 * ```
 */
export type ReponseSignatureService =
  | { readonly ok: true; readonly statut: 200; readonly pdf: Uint8Array; readonly journal: JournalSignature }
  | { readonly ok: false; readonly statut: 400 | 409 | 413 | 422; readonly code: string; readonly message: string };

/**
 * Service de signature et de vérification : fonctions « octets en entrée → octets ou rapport en
 * sortie », à monter comme routes par n'importe quel serveur HTTP (`@communs-opco/service`).
 *
 * @example
 * ```ts
 * const rapport = await service.verifier(octetsPdf);
 * ```
 */
export interface ServiceSignature {
  /** Sujet du certificat du service (pour l'aide et les journaux ; jamais la clé). */
  readonly sujetCertificat: string;
  signer(requete: RequeteSignatureService): Promise<ReponseSignatureService>;
  verifier(pdf: Uint8Array): Promise<RapportVerification>;
}

/**
 * Configuration du service : certificat chargé une fois au démarrage, horloge, autorités de
 * confiance de la vérification, taille maximale d'un PDF.
 *
 * @example
 * ```ts
 * const configuration: ConfigurationServiceSignature = { certificat, horloge: () => new Date() };
 * ```
 */
export interface ConfigurationServiceSignature {
  readonly certificat: CertificatSignature;
  /** @default () => new Date() */
  readonly horloge?: () => Date;
  readonly autorites?: readonly X509Certificate[];
  /** Octets au plus par PDF. @default 20 Mo */
  readonly tailleMax?: number;
}

/**
 * Crée le service de signature (routes `POST /v1/signature/signer` et
 * `POST /v1/signature/verifier`) autour d'un certificat chargé une fois. `signer` contrôle le
 * rôle et le circuit (journal reçu, sinon circuit du contrat fourni, sinon circuit complet) puis
 * signe ; `verifier` rend le rapport de {@link verifierSignaturesPdf}. Aucune exception.
 *
 * @example
 * ```ts
 * const charge = chargerServiceSignature(await readFile(process.env.OPCO_CERTIFICAT ?? ""), process.env.OPCO_CERTIFICAT_MOT_DE_PASSE ?? "");
 * if (!charge.ok) throw new Error(charge.erreur.message);
 * const r = await charge.service.signer({ pdf, role: "cfa" });
 * ```
 */
export function creerServiceSignature(configuration: ConfigurationServiceSignature): ServiceSignature {
  const horloge = configuration.horloge ?? (() => new Date());
  const tailleMax = configuration.tailleMax ?? 20 * 1024 * 1024;
  return {
    sujetCertificat: configuration.certificat.sujet.replace(/\n/gu, ", "),
    async signer(requete) {
      if (requete.pdf.length > tailleMax) return { ok: false, statut: 413, code: "SIG-PDF-TROP-GROS", message: `PDF trop volumineux (${tailleMax} octets au plus).` };
      if (!estRoleSignataire(requete.role)) {
        return { ok: false, statut: 400, code: "SIG-ROLE-INCONNU", message: `Rôle inconnu : attendu ${ROLES_SIGNATAIRES.join(", ")}.` };
      }
      let journal: JournalSignature;
      if (requete.journal !== undefined) {
        const lu = lireJournal(requete.journal);
        if (lu === undefined) return { ok: false, statut: 400, code: "SIG-JOURNAL-ILLISIBLE", message: "Journal de signature illisible." };
        journal = lu;
      } else journal = ouvrirJournal(circuitSignature(requete.contrat ?? {}), requete.pdf);
      const controle = controlerEtape(journal, requete.role, requete.pdf);
      if (!controle.ok) return { ok: false, statut: 409, code: controle.erreur.code, message: controle.erreur.message };
      const r = await signerEtape(requete.pdf, journal, {
        certificat: configuration.certificat,
        role: requete.role,
        date: horloge(),
        ...(requete.lieu === undefined ? {} : { lieu: requete.lieu }),
      });
      if (!r.ok) return { ok: false, statut: 422, code: r.erreur.code, message: r.erreur.message };
      return { ok: true, statut: 200, pdf: r.pdf, journal: r.journal };
    },
    verifier(pdf) {
      return verifierSignaturesPdf(pdf, configuration.autorites === undefined ? {} : { autorites: configuration.autorites });
    },
  };
}

/**
 * Charge le certificat PKCS#12 du service une fois (au démarrage) et crée le service.
 *
 * @example
 * ```ts
 * const r = chargerServiceSignature(octetsP12, process.env.OPCO_CERTIFICAT_MOT_DE_PASSE ?? "");
 * ```
 */
export function chargerServiceSignature(
  p12: Uint8Array,
  motDePasse: string,
  options: Omit<ConfigurationServiceSignature, "certificat"> = {},
): { readonly ok: true; readonly service: ServiceSignature } | { readonly ok: false; readonly erreur: ErreurCertificat } {
  const r = chargerCertificatP12(p12, motDePasse);
  return r.ok ? { ok: true, service: creerServiceSignature({ ...options, certificat: r.certificat }) } : r;
}
