/**
 * Un contrat d'apprentissage pour le calcul du statut (dates `AAAA-MM-JJ`).
 *
 * @example
 * ```ts
 * const c: ContratStatut = { debut: "2024-10-01", fin: "2025-08-31", rupture: "2024-12-01" };
 * ```
 */
export interface ContratStatut {
  debut: string;
  /** Fin prévue ; absente : la fin de la session de formation. */
  fin?: string | undefined;
  /** Date de rupture ; ce jour n'est plus un jour de contrat. */
  rupture?: string | undefined;
}

/**
 * Entrée de l'algorithme de statut (`indicateurs.md` §3.2) : la session de formation
 * (`date_entree_formation` → `date_fin_formation`), les contrats et l'exclusion éventuelle.
 *
 * @example
 * ```ts
 * const e: EntreeStatut = {
 *   formation: { debut: "2024-09-01", fin: "2025-08-31" },
 *   contrats: [{ debut: "2024-10-01", fin: "2025-08-31" }],
 * };
 * ```
 */
export interface EntreeStatut {
  formation: { debut: string; fin: string };
  contrats?: readonly ContratStatut[] | undefined;
  /** Date d'exclusion de la formation (`date_exclusion_formation`). */
  exclusion?: string | undefined;
}

/**
 * Une étape de parcours : le statut qui s'applique à partir de `date` (incluse).
 *
 * @example
 * ```ts
 * const e: EtapeParcours = { date: "2024-10-01", statut: "APPRENTI" };
 * ```
 */
export interface EtapeParcours {
  date: string;
  statut: import("./Statut").Statut;
}

/**
 * Anomalie d'une entrée de statut : chemin du champ et motif, en français.
 *
 * @example
 * ```ts
 * const a: AnomalieEntree = { chemin: "contrats[0].debut", message: "date invalide (AAAA-MM-JJ attendu) : « 2024-13-01 »" };
 * ```
 */
export interface AnomalieEntree {
  chemin: string;
  message: string;
}
