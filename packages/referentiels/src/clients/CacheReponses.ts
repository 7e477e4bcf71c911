/**
 * Cache des réponses validées d'un client, injectable (mémoire, Redis, fichier…). Les clés sont
 * construites par le client (méthode, URL sans secret, corps) ; les valeurs sont des données JSON
 * déjà validées. Aucun cache n'est actif par défaut.
 *
 * @example
 * ```ts
 * const cache: CacheReponses = new CacheMemoireLru({ capacite: 10_000 });
 * const client = creerClientSiro({ cleApi, cache, dureeCacheMs: 24 * 3600_000 });
 * ```
 */
export interface CacheReponses {
  /** Valeur encore valide pour `cle`, `undefined` sinon. */
  lire(cle: string): unknown | Promise<unknown>;
  /** Mémorise `valeur` pour `dureeMs` millisecondes. */
  ecrire(cle: string, valeur: unknown, dureeMs: number): void | Promise<void>;
}
