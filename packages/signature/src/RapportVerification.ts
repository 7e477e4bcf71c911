import type { ConstatSignature } from "./ConstatSignature.js";
import type { RoleSignataire } from "./RoleSignataire.js";

/**
 * Certificat du signataire tel que lu dans la signature CMS.
 *
 * @example
 * ```ts
 * const c: CertificatVerifie = { sujet: "CN=Jeanne EMPLOYEUR", emetteur: "CN=AC", numeroSerie: "1001", valideDu: "2025-01-01T00:00:00.000Z", valideAu: "2030-01-01T00:00:00.000Z", valideALaSignature: true, empreinteSha256: "…" };
 * ```
 */
export interface CertificatVerifie {
  readonly sujet: string;
  readonly emetteur: string;
  readonly numeroSerie: string;
  readonly valideDu: string;
  readonly valideAu: string;
  /** Le certificat était-il dans sa période de validité à l'heure de signature ? `undefined` sans heure. */
  readonly valideALaSignature: boolean | undefined;
  readonly empreinteSha256: string;
}

/**
 * Résultat de la vérification d'une signature du PDF.
 *
 * @example
 * ```ts
 * rapport.signatures[0]?.integrite; // "valide"
 * ```
 */
export interface SignatureVerifiee {
  /** Rang dans le fichier (1 = première signature apposée). */
  readonly numero: number;
  /** Nom du champ de signature (case du CERFA). */
  readonly champ?: string;
  /** Rôle déduit de la case du CERFA. */
  readonly role?: RoleSignataire;
  readonly nom?: string;
  readonly sousFiltre?: string;
  /** `/ByteRange` : [début, longueur, début, longueur]. */
  readonly plage: readonly [number, number, number, number];
  /** Les octets couverts hachent-ils vers l'empreinte signée ? */
  readonly integrite: "valide" | "invalide" | "indeterminee";
  /** La valeur de signature est-elle vérifiée par la clé publique du certificat ? */
  readonly signatureCryptographique: "valide" | "invalide" | "indeterminee";
  readonly certificat?: CertificatVerifie;
  /** Chaîne du certificat : approuvée par une autorité donnée, non approuvée, ou non évaluée (aucune autorité fournie). */
  readonly chaine: "approuvee" | "non_approuvee" | "non_evaluee";
  /** Heure de signature déclarée (ISO 8601) : `/M`, à défaut l'attribut CMS `signing-time`. */
  readonly heureSignature?: string;
  /** Le document a-t-il été modifié après cette signature autrement que par des signatures ? */
  readonly modifieApres: boolean;
  /** La signature couvre-t-elle le fichier entier ? */
  readonly couvreToutLeDocument: boolean;
  readonly valide: boolean;
}

/**
 * Rapport de vérification d'un PDF signé : une entrée par signature, les constats (données,
 * identifiants stables) et la conclusion.
 *
 * @example
 * ```ts
 * const rapport = await verifierSignaturesPdf(pdf);
 * if (!rapport.valide) console.log(rapport.constats.map((c) => c.message));
 * ```
 */
export interface RapportVerification {
  readonly fichier?: string;
  readonly taille: number;
  readonly empreinteSha256: string;
  readonly signatures: readonly SignatureVerifiee[];
  readonly constats: readonly ConstatSignature[];
  /** Le document a-t-il changé après la dernière signature ? */
  readonly modifieApresDerniere: boolean;
  /** Au moins une signature, toutes valides, et rien de changé après la dernière. */
  readonly valide: boolean;
}
