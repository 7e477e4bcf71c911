import type { PanneEmulateur } from "../ServeurEmulateur";

/**
 * Nature d'une défaillance injectée dans la matrice de pannes des référentiels.
 *
 * @example
 * ```ts
 * const d: DefaillanceSource = "schema_modifie";
 * ```
 */
export type DefaillanceSource = "erreur_500" | "delai" | "json_malforme" | "schema_modifie" | "trop_de_requetes";

/**
 * Panne d'émulateur pour chaque défaillance de la matrice : une source qui échoue de la même façon
 * à chaque requête (`fois` très grand), quel que soit le chemin.
 *
 * - `erreur_500` : 500 à chaque requête ;
 * - `delai` : en-têtes puis corps jamais terminé (le délai du client expire) ;
 * - `json_malforme` : 200 avec un JSON tronqué ;
 * - `schema_modifie` : 200 avec un JSON valide d'une autre forme (tableau de nombres) ;
 * - `trop_de_requetes` : 429 avec `Retry-After: 1`.
 *
 * @example
 * ```ts
 * emulateur.ajouterPanne(panneSource("delai"));
 * ```
 */
export function panneSource(defaillance: DefaillanceSource): PanneEmulateur {
  const fois = 1_000_000;
  switch (defaillance) {
    case "erreur_500":
      return { type: "erreur_serveur", fois };
    case "delai":
      return { type: "blocage", fois };
    case "json_malforme":
      return { type: "json_malforme", fois };
    case "schema_modifie":
      return { type: "reponse", reponse: { statut: 200, corps: [4, 2] }, fois };
    case "trop_de_requetes":
      return { type: "trop_de_requetes", retryAfter: 1, fois };
  }
}

/**
 * Les cinq défaillances de la matrice, dans l'ordre.
 *
 * @example
 * ```ts
 * for (const d of DEFAILLANCES_SOURCE) emulateur.ajouterPanne(panneSource(d));
 * ```
 */
export const DEFAILLANCES_SOURCE: readonly DefaillanceSource[] = ["erreur_500", "delai", "json_malforme", "schema_modifie", "trop_de_requetes"];
