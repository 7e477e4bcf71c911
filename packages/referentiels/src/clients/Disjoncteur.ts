/**
 * Coupure d'une source signalée une seule fois, à la première ouverture du disjoncteur.
 *
 * @example
 * ```ts
 * const e: CoupureSource = { api: "API Apprentissage", echecs: 5, dureeMs: 30000, raison: "API Apprentissage : délai de 10000 ms dépassé…" };
 * ```
 */
export interface CoupureSource {
  api: string;
  /** Échecs consécutifs qui ont ouvert le disjoncteur. */
  echecs: number;
  /** Durée de la coupure, en ms. */
  dureeMs: number;
  /** Message (sans secret) du dernier échec. */
  raison: string;
}

/**
 * Disjoncteur d'une source : après `seuil` échecs consécutifs, la source est coupée pendant
 * `dureeMs` (les appels échouent aussitôt) ; passé ce délai, un appel d'essai est permis : un
 * succès referme le disjoncteur, un échec le rouvre. La première coupure est signalée par
 * `surCoupure` (une fois par source, pour un rapport au niveau de l'exécution). L'horloge est
 * injectable : aucune attente réelle dans les tests.
 *
 * @example
 * ```ts
 * const d = new Disjoncteur({ api: "SIRO", seuil: 5, dureeMs: 30_000 });
 * if (d.coupe()) throw new Error("source coupée");
 * d.echec("délai dépassé"); // ou d.succes()
 * ```
 */
export class Disjoncteur {
  readonly #api: string;
  readonly #seuil: number;
  readonly #dureeMs: number;
  readonly #horloge: () => number;
  readonly #surCoupure: ((coupure: CoupureSource) => void) | undefined;
  #echecs = 0;
  #coupeJusqua = 0;
  #essaiEnCours = false;
  #signale = false;
  /** Coupures (ouvertures) depuis la création. */
  coupures = 0;

  constructor(options: { api: string; seuil?: number; dureeMs?: number; horloge?: () => number; surCoupure?: (coupure: CoupureSource) => void }) {
    this.#api = options.api;
    this.#seuil = Math.max(1, options.seuil ?? 5);
    this.#dureeMs = Math.max(0, options.dureeMs ?? 30_000);
    this.#horloge = options.horloge ?? Date.now;
    this.#surCoupure = options.surCoupure;
  }

  /** Échecs consécutifs actuels. */
  get echecs(): number {
    return this.#echecs;
  }

  /** Fin de la coupure en cours (horodatage en ms), 0 si la source n'est pas coupée. */
  get jusqua(): number {
    return this.#coupeJusqua;
  }

  /**
   * La source est-elle coupée pour cet appel ? Après la durée de coupure, un seul appel d'essai
   * passe (les autres restent coupés jusqu'à son issue).
   */
  coupe(): boolean {
    if (this.#echecs < this.#seuil) return false;
    if (this.#horloge() < this.#coupeJusqua) return true;
    if (this.#essaiEnCours) return true;
    this.#essaiEnCours = true;
    return false;
  }

  /** Un appel a abouti (la source a répondu) : le disjoncteur se referme. */
  succes(): void {
    this.#echecs = 0;
    this.#coupeJusqua = 0;
    this.#essaiEnCours = false;
  }

  /** Un appel a échoué du fait de la source (réseau, délai, 5xx, 429, réponse illisible). */
  echec(raison: string): void {
    this.#echecs += 1;
    this.#essaiEnCours = false;
    if (this.#echecs < this.#seuil) return;
    this.#coupeJusqua = this.#horloge() + this.#dureeMs;
    this.coupures += 1;
    if (!this.#signale) {
      this.#signale = true;
      this.#surCoupure?.({ api: this.#api, echecs: this.#echecs, dureeMs: this.#dureeMs, raison });
    }
  }
}
