/**
 * Convention collective identifiée par son IDCC, avec ses états Légifrance (KALI).
 *
 * @example
 * ```ts
 * import { convention } from "@communs-opco/nomenclatures";
 * const syntec = convention("1486");
 * syntec?.enVigueur; // true
 * ```
 */
export interface ConventionCollective {
  /** IDCC sur 4 caractères, zéros de tête conservés (« 0016 »). Une clé de la source regroupe trois IDCC : « 1740 1841 1843 ». */
  readonly idcc: string;
  /** Libellé court. */
  readonly libelle: string;
  /** Nature du texte (« CONVENTION COLLECTIVE NATIONALE »…), `null` si la source ne la donne pas. */
  readonly nature: string | null;
  /** États juridiques distincts connus de Légifrance (VIGUEUR_ETEN, VIGUEUR_NON_ETEN, ABROGE, REMPLACE, PERIME, DENONCE, MODIFIE). */
  readonly etatsLegifrance: readonly string[];
  /** État donné par l'API Recherche d'entreprises, `null` si absent. */
  readonly etatRechercheEntreprise: string | null;
  /**
   * En vigueur selon la règle de la source : un état Légifrance VIGUEUR_ETEN ou VIGUEUR_NON_ETEN,
   * ou aucune information Légifrance.
   */
  readonly enVigueur: boolean;
  /** Identifiant KALI (KALICONT…), `null` si absent. */
  readonly idKali: string | null;
  /** Date de début (AAAA-MM-JJ), `null` si absente. */
  readonly dateDebut: string | null;
  /** Adresse Légifrance, `null` si absente. */
  readonly url: string | null;
  /** Titre complet. */
  readonly titre: string;
}
