/**
 * Provenance d'une réponse de référentiel (fichier ou API, date des données).
 *
 * @example
 * ```ts
 * const s: SourceReferentielContrat = { nom: "Kit apprentissage", fichier: "Kit_apprentissage_20250131.xlsx", date: "2025-01-31" };
 * ```
 */
export interface SourceReferentielContrat {
  nom: string;
  fichier?: string;
  url?: string;
  date: string | null;
}

/**
 * Réponse d'un référentiel : trouvé, absent, indéterminé ou source indisponible, toujours avec sa
 * provenance (forme du port `Referentiel` de `@communs-opco/referentiels`).
 *
 * @example
 * ```ts
 * const r: ReponseReferentielContrat<{ actif: boolean | null }> = {
 *   statut: "indisponible", raison: "délai dépassé", source: { nom: "API Apprentissage", date: null },
 * };
 * ```
 */
export type ReponseReferentielContrat<T> =
  | { statut: "trouve"; valeur: T; source: SourceReferentielContrat }
  | { statut: "absent" | "indetermine" | "indisponible"; raison: string; source: SourceReferentielContrat };

/**
 * Port des référentiels utilisé par les règles asynchrones du contrat : la partie du port
 * `Referentiel` de `@communs-opco/referentiels` qu'elles lisent (un `Referentiel` convient tel
 * quel). Les champs non lus par les règles sont facultatifs.
 *
 * @example
 * ```ts
 * import { referentielMixte } from "@communs-opco/referentiels";
 * const referentiel: PortReferentielContrat = referentielMixte(horsLigne, enLigne);
 * await evaluerReglesAsync(registreContrat, contrat, { dateEvaluation: "2026-11-26", ports: { referentiel } });
 * ```
 */
export interface PortReferentielContrat {
  /** Entreprise par SIRET (état administratif). */
  entreprise(siret: string): Promise<ReponseReferentielContrat<{ etat: "actif" | "ferme" | "inconnu" }>>;
  /** Organisme de formation par SIRET ou UAI. */
  organisme(siretOuUai: string): Promise<ReponseReferentielContrat<{ ouvert: boolean | null }>>;
  /**
   * Certification par code RNCP ou code diplôme (CFD) : état actif à la date des données et, quand
   * la source les donne, dates de validité `AAAA-MM-JJ` (pour juger l'activité aux dates du contrat).
   */
  certification(rncpOuCfd: string): Promise<ReponseReferentielContrat<{ actif: boolean | null; dateDebut?: string | null; dateFin?: string | null }>>;
}

/**
 * Ports des règles de référentiel.
 *
 * @example
 * ```ts
 * const ports: PortsReferentielContrat = { referentiel };
 * ```
 */
export interface PortsReferentielContrat {
  referentiel: PortReferentielContrat;
}
