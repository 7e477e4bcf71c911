import type { CacheReponses } from "./CacheReponses";

/**
 * Options du cache mémoire.
 *
 * @example
 * ```ts
 * let t = 0;
 * const options: OptionsCacheMemoireLru = { capacite: 100, horloge: () => t };
 * ```
 */
export interface OptionsCacheMemoireLru {
  /** Nombre maximal d'entrées ; la moins récemment lue est évincée. @default 1000 */
  readonly capacite?: number;
  /** Horloge en millisecondes (injectée dans les tests). @default Date.now */
  readonly horloge?: () => number;
}

/**
 * Cache mémoire LRU avec durée de vie par entrée, implémentation par défaut de {@link CacheReponses}.
 *
 * @example
 * ```ts
 * let maintenant = 0;
 * const cache = new CacheMemoireLru({ capacite: 2, horloge: () => maintenant });
 * cache.ecrire("a", { opco: "AKTO" }, 1000);
 * maintenant = 1001;
 * cache.lire("a"); // undefined (expiré)
 * ```
 */
export class CacheMemoireLru implements CacheReponses {
  readonly capacite: number;
  readonly #horloge: () => number;
  readonly #entrees = new Map<string, { valeur: unknown; expireA: number }>();

  constructor(options: OptionsCacheMemoireLru = {}) {
    this.capacite = options.capacite ?? 1000;
    if (!(this.capacite >= 1)) throw new RangeError("capacite doit être au moins 1");
    this.#horloge = options.horloge ?? Date.now;
  }

  /** Nombre d'entrées conservées (expirées comprises tant qu'elles n'ont pas été lues). */
  get taille(): number {
    return this.#entrees.size;
  }

  lire(cle: string): unknown {
    const entree = this.#entrees.get(cle);
    if (entree === undefined) return undefined;
    this.#entrees.delete(cle);
    if (entree.expireA <= this.#horloge()) return undefined;
    this.#entrees.set(cle, entree);
    return entree.valeur;
  }

  ecrire(cle: string, valeur: unknown, dureeMs: number): void {
    if (dureeMs <= 0) return;
    this.#entrees.delete(cle);
    this.#entrees.set(cle, { valeur, expireA: this.#horloge() + dureeMs });
    while (this.#entrees.size > this.capacite) {
      const plusAncienne = this.#entrees.keys().next();
      if (plusAncienne.done === true) break;
      this.#entrees.delete(plusAncienne.value);
    }
  }

  /** Vide le cache. */
  vider(): void {
    this.#entrees.clear();
  }
}
