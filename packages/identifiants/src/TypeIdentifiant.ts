/**
 * Liste des types d'identifiants contrôlés par le paquet, dans l'ordre d'affichage.
 *
 * @example
 * ```ts
 * TYPES_IDENTIFIANT.includes("siret"); // true
 * ```
 */
export const TYPES_IDENTIFIANT = [
  "siret",
  "siren",
  "uai",
  "nir",
  "cfd",
  "rncp",
  "rs",
  "idcc",
  "naf",
  "insee",
  "code_postal",
  "departement",
  "numero_deca",
] as const;

/**
 * Type d'identifiant : l'une des valeurs de {@link TYPES_IDENTIFIANT}.
 *
 * @example
 * ```ts
 * const type: TypeIdentifiant = "uai";
 * ```
 */
export type TypeIdentifiant = (typeof TYPES_IDENTIFIANT)[number];

/**
 * Libellé français de chaque type d'identifiant, pour les messages et la CLI.
 *
 * @example
 * ```ts
 * LIBELLES_TYPE_IDENTIFIANT.insee; // "code commune INSEE"
 * ```
 */
export const LIBELLES_TYPE_IDENTIFIANT: Readonly<Record<TypeIdentifiant, string>> = {
  siret: "SIRET",
  siren: "SIREN",
  uai: "UAI",
  nir: "NIR",
  cfd: "code diplôme (CFD)",
  rncp: "code RNCP",
  rs: "code RS",
  idcc: "IDCC",
  naf: "code NAF",
  insee: "code commune INSEE",
  code_postal: "code postal",
  departement: "département",
  numero_deca: "numéro DECA",
};

/**
 * Indique si une chaîne est un type d'identifiant connu.
 *
 * @example
 * ```ts
 * estTypeIdentifiant("siret"); // true
 * estTypeIdentifiant("iban"); // false
 * ```
 */
export function estTypeIdentifiant(valeur: string): valeur is TypeIdentifiant {
  return (TYPES_IDENTIFIANT as readonly string[]).includes(valeur);
}
