/**
 * Gravité d'un constat de vérification : `bloquant` (signature invalide ou document modifié),
 * `avertissement` (à vérifier), `information`.
 *
 * @example
 * ```ts
 * const g: GraviteConstatSignature = "bloquant";
 * ```
 */
export type GraviteConstatSignature = "bloquant" | "avertissement" | "information";

/**
 * Constat de la vérification d'un PDF signé : donnée sérialisable (jamais une exception), avec
 * un identifiant stable (`SIG-…`), le numéro de la signature concernée (1 = la première du
 * fichier), la position en octets quand le défaut est situé, et un message en français.
 *
 * @example
 * ```ts
 * const constat: ConstatSignature = {
 *   id: "SIG-INTEGRITE",
 *   gravite: "bloquant",
 *   signature: 1,
 *   message: "Signature 1 (employeur) : les octets signés ont été modifiés (empreinte différente de l'empreinte signée).",
 *   details: {},
 * };
 * ```
 */
export interface ConstatSignature {
  readonly id: IdConstatSignature;
  readonly gravite: GraviteConstatSignature;
  /** Numéro de la signature concernée (ordre du fichier, à partir de 1) ; absent pour le document. */
  readonly signature?: number;
  /** Position en octets dans le fichier, quand le défaut est situé. */
  readonly position?: number;
  readonly message: string;
  readonly details: Readonly<Record<string, unknown>>;
}

/**
 * Identifiants stables des constats de vérification.
 *
 * @example
 * ```ts
 * const id: IdConstatSignature = "SIG-MODIFIE-APRES";
 * ```
 */
export type IdConstatSignature =
  | "SIG-PDF-ILLISIBLE"
  | "SIG-PDF-TRONQUE"
  | "SIG-AUCUNE-SIGNATURE"
  | "SIG-PLAGE-INVALIDE"
  | "SIG-CMS-ILLISIBLE"
  | "SIG-INTEGRITE"
  | "SIG-SIGNATURE-INVALIDE"
  | "SIG-CERTIFICAT-ABSENT"
  | "SIG-CERTIFICAT-HORS-VALIDITE"
  | "SIG-CHAINE-NON-APPROUVEE"
  | "SIG-CHAINE-NON-EVALUEE"
  | "SIG-PADES-CERTIFICAT-SIGNATAIRE"
  | "SIG-PADES-HEURE-CMS"
  | "SIG-HEURE-ABSENTE"
  | "SIG-ROLE-INCONNU"
  | "SIG-MODIFIE-APRES";
