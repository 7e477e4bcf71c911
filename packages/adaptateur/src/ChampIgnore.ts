/**
 * Champ source délibérément non repris dans le standard (ni en extension), avec sa raison.
 * `source` est un pointeur JSON relatif à l'enregistrement (`/flag_correction`).
 *
 * @example
 * ```ts
 * const i: ChampIgnore = { source: "/caisseComplementaire", raison: "Constante « NA » imposée par AGECAP" };
 * ```
 */
export interface ChampIgnore {
  readonly source: string;
  readonly raison: string;
}
