/**
 * Embauche de l'historique d'un établissement (déclaration préalable à l'embauche).
 *
 * @example
 * ```ts
 * const embauche: EmbaucheHistorique = { date: "2025-09-01", typeContrat: 11 };
 * ```
 */
export interface EmbaucheHistorique {
  /** Date d'embauche `AAAA-MM-JJ`. */
  readonly date: string;
  /** Type de contrat DPAE : 1 CDD, 2 CDI, 3 CTT, 11 apprentissage, 12 professionnalisation. */
  readonly typeContrat: number;
}

/**
 * Établissement et son historique d'embauches, entrée du ciblage prédictif : identité,
 * département, effectif (caractéristique du modèle), rattachement (IDCC, OPCO déclaré), codes
 * ROME (affectés depuis le NAF, hors modèle) et embauches.
 *
 * @example
 * ```ts
 * const e: EtablissementHistorique = { siret: "80123456700015", departement: "75", effectif: 8, idcc: "0843", romes: ["D1102"], embauches: [{ date: "2025-09-01", typeContrat: 11 }] };
 * ```
 */
export interface EtablissementHistorique {
  readonly siret: string;
  readonly raisonSociale?: string;
  /** Code de département (`"75"`, `"2A"`, `"971"`). */
  readonly departement: string;
  readonly naf?: string;
  /** IDCC de la convention collective (4 caractères). */
  readonly idcc?: string;
  /** OPCO déclaré (n'importe quel nom connu), le cas échéant. */
  readonly opco?: string;
  /** Effectif (nombre de salariés, ou milieu de la tranche d'effectif). */
  readonly effectif: number;
  readonly romes: readonly string[];
  readonly embauches: readonly EmbaucheHistorique[];
}
