import type { ErreurIdentifiant } from "./ErreurIdentifiant";

/**
 * Résultat du contrôle d'un identifiant : soit la valeur normalisée (forme canonique),
 * soit la liste des erreurs constatées. Un contrôle ne lève jamais d'exception.
 *
 * @example
 * ```ts
 * const resultat: ResultatIdentifiant = verifierSiret("356 000 000 09075");
 * if (resultat.valide) console.log(resultat.normalise); // "35600000009075"
 * else console.log(resultat.erreurs.map((e) => e.message));
 * ```
 */
export type ResultatIdentifiant =
  | { readonly valide: true; readonly normalise: string }
  | { readonly valide: false; readonly erreurs: readonly ErreurIdentifiant[] };
