/**
 * Décision du limiteur pour une requête : acceptée ou non, et les valeurs des en-têtes
 * `RateLimit-Limit`, `RateLimit-Remaining`, `RateLimit-Reset` (secondes) et `Retry-After`.
 *
 * @example
 * ```ts
 * const d: DecisionDebit = { accepte: false, limite: 100, restant: 0, reinitialisation: 1, attente: 1 };
 * ```
 */
export interface DecisionDebit {
  readonly accepte: boolean;
  readonly limite: number;
  readonly restant: number;
  readonly reinitialisation: number;
  readonly attente: number;
}

/**
 * Limite de débit par client (clé d'API ou, sans clés, adresse) en fenêtre fixe : au plus
 * `limite` requêtes par fenêtre de `fenetreMs`. L'horloge est injectée (tests à horloge simulée).
 * État en mémoire du processus : chaque réplique applique sa limite (voir docs/service.md).
 *
 * @example
 * ```ts
 * const limiteur = new LimiteurDebit(100, 60_000, () => Date.now());
 * limiteur.decider("akto").accepte; // true
 * ```
 */
export class LimiteurDebit {
  readonly #fenetres = new Map<string, { debut: number; compte: number }>();

  constructor(
    readonly limite: number,
    readonly fenetreMs: number,
    private readonly maintenant: () => number,
  ) {}

  /** Compte une requête du client et dit si elle est acceptée. */
  decider(client: string): DecisionDebit {
    const t = this.maintenant();
    let f = this.#fenetres.get(client);
    if (f === undefined || t - f.debut >= this.fenetreMs) {
      f = { debut: t - ((t - (f?.debut ?? t)) % this.fenetreMs), compte: 0 };
      this.#fenetres.set(client, f);
      // Les fenêtres échues des autres clients sont oubliées : la mémoire reste bornée.
      if (this.#fenetres.size > 10_000) for (const [c, g] of this.#fenetres) if (t - g.debut >= this.fenetreMs) this.#fenetres.delete(c);
    }
    const reinitialisation = Math.max(1, Math.ceil((f.debut + this.fenetreMs - t) / 1000));
    if (f.compte >= this.limite) return { accepte: false, limite: this.limite, restant: 0, reinitialisation, attente: reinitialisation };
    f.compte++;
    return { accepte: true, limite: this.limite, restant: this.limite - f.compte, reinitialisation, attente: 0 };
  }
}
