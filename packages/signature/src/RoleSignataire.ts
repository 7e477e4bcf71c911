/**
 * Rôle d'un signataire du CERFA FA13 : l'employeur, l'apprenti(e), son représentant légal
 * (apprenti mineur) et le CFA (visa du directeur).
 *
 * @example
 * ```ts
 * const role: RoleSignataire = "representant";
 * ```
 */
export type RoleSignataire = "employeur" | "apprenti" | "representant" | "cfa";

/**
 * Les rôles, dans l'ordre du circuit de signature : l'employeur, l'apprenti, le représentant
 * légal (si l'apprenti est mineur), puis le visa du CFA.
 *
 * @example
 * ```ts
 * ROLES_SIGNATAIRES[0]; // "employeur"
 * ```
 */
export const ROLES_SIGNATAIRES: readonly RoleSignataire[] = ["employeur", "apprenti", "representant", "cfa"];

/**
 * Libellé français de chaque rôle, tel qu'il est écrit dans la signature visible.
 *
 * @example
 * ```ts
 * LIBELLES_ROLES.representant; // "Représentant légal"
 * ```
 */
export const LIBELLES_ROLES: Readonly<Record<RoleSignataire, string>> = {
  employeur: "Employeur",
  apprenti: "Apprenti(e)",
  representant: "Représentant légal",
  cfa: "CFA (visa du directeur)",
};

/**
 * Nom du champ de signature AcroForm du CERFA FA13 (10103*12 et *11) réservé à chaque rôle :
 * la signature visible est placée dans la case correspondante du formulaire.
 *
 * @example
 * ```ts
 * CHAMPS_SIGNATURE_CERFA.employeur; // "Signature de l’employeur"
 * ```
 */
export const CHAMPS_SIGNATURE_CERFA: Readonly<Record<RoleSignataire, string>> = {
  employeur: "Signature de l’employeur",
  apprenti: "Signature de l’apprenti(e)",
  representant: "Signature du représentant légal de l’apprenti(e) mineur(e)",
  cfa: "Visa du CFA (cachet et signature du directeur) :",
};

/**
 * Vrai si la valeur est un rôle de signataire connu.
 *
 * @example
 * ```ts
 * estRoleSignataire("apprenti"); // true
 * estRoleSignataire("tuteur"); // false
 * ```
 */
export function estRoleSignataire(valeur: unknown): valeur is RoleSignataire {
  return typeof valeur === "string" && (ROLES_SIGNATAIRES as readonly string[]).includes(valeur);
}

/**
 * Rôle associé à un nom de champ de signature du CERFA, `undefined` pour un autre champ.
 *
 * @example
 * ```ts
 * roleDuChampSignature("Signature de l’apprenti(e)"); // "apprenti"
 * ```
 */
export function roleDuChampSignature(nomChamp: string): RoleSignataire | undefined {
  return ROLES_SIGNATAIRES.find((role) => CHAMPS_SIGNATURE_CERFA[role] === nomChamp);
}
