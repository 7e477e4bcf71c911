import type { EffectifIndicateurs } from "./EffectifIndicateurs";

/**
 * Colonne codée par dictionnaire : `codes[i]` est l'indice de la valeur de l'effectif `i` dans
 * `valeurs` (`null` = valeur absente).
 *
 * @example
 * ```ts
 * const c: ColonneCodee = { codes: Uint16Array.from([0, 1, 0]), valeurs: ["75", "69"] };
 * ```
 */
export interface ColonneCodee {
  codes: Uint16Array | Uint32Array;
  valeurs: (string | null)[];
}

/**
 * Dimensions fixes (indépendantes de la date), codées une fois pour toutes à la préparation.
 *
 * @example
 * ```ts
 * const d: DimensionFixe = "departement";
 * ```
 */
export type DimensionFixe = "departement" | "region" | "academie" | "organisme" | "formation" | "rncp" | "cfd" | "niveau" | "anneeScolaire";

/**
 * Effectifs préparés en colonnes pour le calcul d'indicateurs en volume : parcours de chaque effectif
 * (numéros de jour et codes de statut, à plat), dimensions fixes codées, date de naissance, fiabilité.
 * Le parcours ne dépend d'aucune date : une même table répond à toutes les dates.
 *
 * @example
 * ```ts
 * const table: TableEffectifs = preparerEffectifs(effectifs);
 * table.taille; // nombre d'effectifs
 * ```
 */
export interface TableEffectifs {
  taille: number;
  /** Début du parcours de l'effectif `i` dans `joursParcours` / `statutsParcours` (taille + 1 entrées). */
  debutsParcours: Int32Array;
  joursParcours: Int32Array;
  statutsParcours: Uint8Array;
  /** Date de naissance (numéro de jour), `NAISSANCE_INCONNUE` (-2³¹) si inconnue. */
  naissance: Int32Array;
  /** 1 si l'organisme est fiable ou de fiabilité inconnue, 0 si `fiable === false`. */
  fiable: Uint8Array;
  colonnes: Record<DimensionFixe, ColonneCodee>;
  /** Effectifs d'origine (contrats pour les rattachements OPCO par SIRET ou IDCC). */
  effectifs: readonly EffectifIndicateurs[];
  /** Effectifs dont les dates sont inexploitables : parcours vide, jamais comptés, listés ici. */
  illisibles: { index: number; id?: string | undefined; anomalies: { chemin: string; message: string }[] }[];
}
