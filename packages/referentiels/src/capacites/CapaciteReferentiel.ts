/**
 * Question qu'une vérification pose à un référentiel : une méthode du port `Referentiel`, ou une
 * information précise d'une réponse (`organisme.numeroActivite` : le NDA d'un organisme).
 *
 * @example
 * ```ts
 * const q: QuestionReferentiel = "entreprise";
 * ```
 */
export type QuestionReferentiel =
  | "certification"
  | "convention"
  | "conventionsDeApe"
  | "opcoDeIdcc"
  | "opcoDeSiret"
  | "npec"
  | "organisme"
  | "organisme.numeroActivite"
  | "entreprise"
  | "habilitation";

/**
 * Ce qu'un référentiel peut répondre à une question, **déclaré avant toute requête** :
 * - `complete` : la source est là et complète (une clé absente y est réellement absente) ;
 * - `extrait` : la source n'est qu'un échantillon (une clé trouvée est exacte, une clé absente ne prouve rien) ;
 * - `indisponible` : la source manque pour toute l'exécution (service en ligne uniquement, client non configuré,
 *   section non importée) : toute vérification qui en dépend reste non exécutée.
 *
 * @example
 * ```ts
 * const d: DisponibiliteSource = "extrait";
 * ```
 */
export type DisponibiliteSource = "complete" | "extrait" | "indisponible";

/**
 * Capacité déclarée d'un référentiel pour une question : disponibilité, source (le nom que portent
 * ses réponses, `SourceReponse.nom`) et, si elle n'est pas complète, la raison en français.
 *
 * @example
 * ```ts
 * const c: CapaciteReferentiel = { question: "entreprise", disponibilite: "indisponible", source: "API Entreprise", raison: "service en ligne uniquement" };
 * ```
 */
export interface CapaciteReferentiel {
  readonly question: QuestionReferentiel;
  readonly disponibilite: DisponibiliteSource;
  readonly source: string;
  readonly raison?: string;
}
