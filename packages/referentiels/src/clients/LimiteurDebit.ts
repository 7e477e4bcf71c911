/**
 * Options d'un {@link LimiteurDebit}.
 *
 * @example
 * ```ts
 * const options: OptionsLimiteurDebit = { requetesParSeconde: 50, concurrence: 8 };
 * ```
 */
export interface OptionsLimiteurDebit {
  /** Départs de requêtes autorisés par seconde (espacement régulier de 1000/n ms). @default Infinity */
  readonly requetesParSeconde?: number;
  /** Requêtes simultanées au plus. @default Infinity */
  readonly concurrence?: number;
}

class AnnulationAttente extends Error {
  override readonly name = "AnnulationAttente";
}

/**
 * Limiteur de débit (départs espacés d'au moins `1000 / requetesParSeconde` ms, sans rafale :
 * un serveur à seau à jetons de même débit ne répond donc jamais 429) et de concurrence
 * (file d'attente équitable). L'attente s'interrompt sur `AbortSignal`.
 *
 * @example
 * ```ts
 * const limiteur = new LimiteurDebit({ requetesParSeconde: 7, concurrence: 4 });
 * const reponse = await limiteur.executer(async () => { await limiteur.prendreJeton(); return fetch(url); });
 * ```
 */
export class LimiteurDebit {
  readonly intervalleMs: number;
  readonly concurrence: number;
  #prochainDepart = 0;
  #actives = 0;
  readonly #enAttente: (() => void)[] = [];

  constructor(options: OptionsLimiteurDebit = {}) {
    const debit = options.requetesParSeconde ?? Number.POSITIVE_INFINITY;
    if (!(debit > 0)) throw new RangeError("requetesParSeconde doit être strictement positif");
    const concurrence = options.concurrence ?? Number.POSITIVE_INFINITY;
    if (!(concurrence >= 1)) throw new RangeError("concurrence doit être au moins 1");
    this.intervalleMs = Number.isFinite(debit) ? 1000 / debit : 0;
    this.concurrence = concurrence;
  }

  /** Requêtes en cours (places de concurrence occupées). */
  get actives(): number {
    return this.#actives;
  }

  /**
   * Réserve le prochain créneau de départ et attend qu'il arrive. Rejette si `signal` est annulé
   * (le créneau réservé est alors perdu, ce qui reste prudent vis-à-vis du serveur).
   */
  async prendreJeton(signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    if (this.intervalleMs === 0) return;
    const maintenant = performance.now();
    const depart = Math.max(maintenant, this.#prochainDepart);
    this.#prochainDepart = depart + this.intervalleMs;
    await attendre(depart - maintenant, signal);
  }

  /** Exécute `tache` dès qu'une place de concurrence est libre ; la place est rendue à la fin. */
  async executer<T>(tache: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    signal?.throwIfAborted();
    if (this.#actives >= this.concurrence) {
      await new Promise<void>((resolve, reject) => {
        const reveil = (): void => {
          signal?.removeEventListener("abort", abandon);
          resolve();
        };
        const abandon = (): void => {
          const index = this.#enAttente.indexOf(reveil);
          if (index >= 0) this.#enAttente.splice(index, 1);
          reject(signal?.reason ?? new AnnulationAttente("attente annulée"));
        };
        this.#enAttente.push(reveil);
        signal?.addEventListener("abort", abandon, { once: true });
      });
    } else {
      this.#actives += 1;
    }
    try {
      return await tache();
    } finally {
      const suivant = this.#enAttente.shift();
      if (suivant === undefined) this.#actives -= 1;
      else suivant();
    }
  }
}

function attendre(ms: number, signal?: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const minuterie = setTimeout(() => {
      signal?.removeEventListener("abort", abandon);
      resolve();
    }, ms);
    const abandon = (): void => {
      clearTimeout(minuterie);
      reject(signal?.reason ?? new AnnulationAttente("attente annulée"));
    };
    signal?.addEventListener("abort", abandon, { once: true });
  });
}
