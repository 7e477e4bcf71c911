/**
 * Statut de vérification d'une valeur légale : `verifie` quand elle a été contrôlée sur
 * Légifrance ou la source officielle, `a_verifier` quand sa source est secondaire ou indirecte.
 */
export type StatutVerification = "verifie" | "a_verifier";

/**
 * Référence juridique d'une valeur : titre lisible et identifiant Légifrance ou JORF
 * (`LEGIARTI…`, `LEGITEXT…`, `JORFTEXT…`), avec l'adresse quand elle est connue.
 *
 * @example
 * ```ts
 * const ref: ReferenceJuridique = {
 *   titre: "Code du travail, article D6222-26",
 *   identifiant: "LEGIARTI000037542834",
 *   url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037542834",
 * };
 * ```
 */
export interface ReferenceJuridique {
  titre: string;
  identifiant?: string;
  url?: string;
}

/**
 * Une valeur d'un paramètre, en vigueur à partir de `dateEffet` (incluse) et jusqu'à la veille
 * de la valeur suivante.
 */
export interface ValeurDatee<T> {
  /** Date d'effet `AAAA-MM-JJ`, incluse. */
  dateEffet: string;
  valeur: T;
  /** Au moins une référence : un test échoue sinon. */
  references: readonly ReferenceJuridique[];
  /** Date `AAAA-MM-JJ` de la dernière vérification de la valeur sur sa source. */
  verifiedOn: string;
  statut: StatutVerification;
  /** Date `AAAA-MM-JJ` de publication au Journal officiel du texte qui fixe la valeur, si connue. */
  publieAuJO?: string;
  notes?: string;
  /**
   * Pour une valeur `a_verifier` : ce qu'il reste à contrôler sur la source officielle (article,
   * date d'effet, montant…). Repris en tête de `docs/parametres.md`.
   */
  aVerifier?: string;
}

/**
 * Un paramètre légal daté : un concept (le SMIC horaire, l'âge maximal…) et la suite de ses
 * valeurs, triées par date d'effet croissante.
 *
 * @example
 * ```ts
 * const p: Parametre<number> = {
 *   id: "smic.horaire.metropole",
 *   titre: "SMIC horaire brut (métropole)",
 *   description: "…",
 *   unite: "EUR/heure",
 *   valeurs: [{ dateEffet: "2026-01-01", valeur: 12.02, references: [...], verifiedOn: "2026-11-26", statut: "verifie" }],
 * };
 * ```
 */
export interface Parametre<T> {
  /** Identifiant stable en notation pointée (`smic.horaire.metropole`). */
  id: string;
  titre: string;
  description: string;
  /** Unité des valeurs (`EUR`, `EUR/heure`, `EUR/mois`, `%`, `ans`, `mois`, `jours`, `heures/semaine`…). */
  unite: string;
  valeurs: readonly ValeurDatee<T>[];
}

/**
 * La valeur d'un paramètre retenue à une date, telle qu'elle figure dans un constat :
 * identifiant, valeur, unité, date d'effet et références.
 */
export interface ParametreConsulte<T> {
  id: string;
  valeur: T;
  unite: string;
  dateEffet: string;
  references: readonly ReferenceJuridique[];
  statut: StatutVerification;
  verifiedOn: string;
}
