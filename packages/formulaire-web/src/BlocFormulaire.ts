import type { BlocCerfa } from "@communs-opco/regles";

/**
 * Type de saisie d'un champ du formulaire : texte libre, date, nombre, choix dans une liste ou
 * réponse oui/non (valeur booléenne du format standard).
 *
 * @example
 * ```ts
 * const t: TypeChamp = "date";
 * ```
 */
export type TypeChamp = "texte" | "date" | "nombre" | "choix" | "ouiNon" | "courriel" | "telephone";

/**
 * Champ du formulaire : chemin du format standard, libellé affiché, type de saisie et, pour un
 * choix, les codes proposés avec leur libellé.
 *
 * @example
 * ```ts
 * const c: ChampFormulaire = { chemin: "employeur.siret", libelle: "SIRET", type: "texte", aide: "14 chiffres" };
 * ```
 */
export interface ChampFormulaire {
  readonly chemin: string;
  readonly libelle: string;
  readonly type: TypeChamp;
  readonly aide?: string;
  readonly choix?: readonly (readonly [code: string, libelle: string])[];
  /** Mode de saisie proposé aux claviers virtuels (`numeric` pour un SIRET). */
  readonly modeSaisie?: "numeric" | "decimal" | "text";
}

/**
 * Bloc (étape) du formulaire : identifiant, titre, champs et bloc de complétude du moteur de
 * règles auquel il se rattache.
 *
 * @example
 * ```ts
 * const b: BlocFormulaire = { id: "employeur", titre: "Employeur", blocCompletude: "employeur", champs: [] };
 * ```
 */
export interface BlocFormulaire {
  readonly id: string;
  readonly titre: string;
  readonly blocCompletude: BlocCerfa;
  readonly champs: readonly ChampFormulaire[];
  /** Type de profil récurrent enregistrable depuis ce bloc. */
  readonly profil?: "employeur" | "maitre" | "cfa";
}
