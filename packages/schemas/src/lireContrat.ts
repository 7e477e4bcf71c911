import type { Contrat } from "./contrat.js";
import { schemaContratEntree } from "./contratEntree.js";
import { lireEnregistrement, type AnomalieLecture } from "./lireEnregistrement.js";

/**
 * Résultat de {@link lireContrat}.
 *
 * @example
 * ```ts
 * const r: ResultatLireContrat = { ok: false, erreurs: [{ chemin: "", code: "invalid_type", message: "…" }] };
 * ```
 */
export type ResultatLireContrat =
  | { readonly ok: true; readonly contrat: Contrat; readonly avertissements: readonly AnomalieLecture[] }
  | { readonly ok: false; readonly erreurs: readonly AnomalieLecture[] };

/**
 * Lit un contrat tel qu'il arrive (fichier, API, formulaire) et renvoie le contrat
 * standard, ou les erreurs (chemin, code, message en français). Ne lève jamais
 * d'exception. Les champs hors standard donnent un avertissement `champ_hors_standard`
 * et sont conservés dans `contrat.extensions`.
 *
 * @example
 * ```ts
 * const r = lireContrat({ employeur: { siret: "732 829 320 00074" }, apprenti: { handicap: "oui" } });
 * if (r.ok) {
 *   r.contrat.employeur?.siret; // "73282932000074"
 *   r.contrat.apprenti?.handicap; // true
 * }
 * ```
 */
export function lireContrat(donnees: unknown): ResultatLireContrat {
  const resultat = lireEnregistrement(schemaContratEntree, donnees);
  if (!resultat.ok) return resultat;
  return { ok: true, contrat: resultat.valeur, avertissements: resultat.avertissements };
}
