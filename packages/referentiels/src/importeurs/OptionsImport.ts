/**
 * Avancement d'un import, transmis régulièrement à {@link OptionsImport.progression}.
 *
 * @example
 * ```ts
 * const p: Progression = { fichier: "npec.xlsx", lignes: 50_000 };
 * ```
 */
export interface Progression {
  /** Fichier en cours. */
  fichier: string;
  /** Lignes lues jusqu'ici. */
  lignes: number;
  /** Octets lus jusqu'ici (fichiers texte). */
  octetsLus?: number;
  /** Taille totale du fichier en octets, quand elle est connue. */
  octetsTotal?: number;
}

/**
 * Options communes aux importeurs.
 *
 * @example
 * ```ts
 * const options: OptionsImport = { progression: (p) => console.error(p.lignes) };
 * ```
 */
export interface OptionsImport {
  /** Appelée au plus toutes les 10 000 lignes et en fin de fichier. */
  progression?: (progression: Progression) => void;
}
