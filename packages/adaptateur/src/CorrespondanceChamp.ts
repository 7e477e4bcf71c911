/**
 * Sort d'un champ source dans la conversion vers le standard :
 * - `standard` : recopié (et converti) vers le chemin `cheminStandard` ;
 * - `extension` : le standard ne le porte pas, il est conservé dans `extensions` ;
 * - `ignore` : délibérément non repris, avec la raison (enveloppe, pagination…).
 *
 * `champSource` est un chemin dans le format (`alternant/sexe`, colonne `SIRET`).
 *
 * @example
 * ```ts
 * const c: CorrespondanceChamp = { champSource: "alternant/sexe", traitement: "standard", cheminStandard: "contrat.apprenti.sexe", conversion: "1/2 → M/F" };
 * const e: CorrespondanceChamp = { champSource: "alternant/adresse/numero", traitement: "extension", raison: "Numéro de voie libre non découpé" };
 * ```
 */
export type CorrespondanceChamp =
  | {
      readonly champSource: string;
      readonly traitement: "standard";
      readonly cheminStandard: string;
      readonly conversion?: string;
    }
  | { readonly champSource: string; readonly traitement: "extension"; readonly raison: string }
  | { readonly champSource: string; readonly traitement: "ignore"; readonly raison: string };
