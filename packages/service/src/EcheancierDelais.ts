/** Requête inscrite à l'échéancier : sa date limite et ce qu'il faut faire si elle est dépassée. */
interface Inscription {
  readonly echeance: number;
  readonly expirer: () => void;
  precedente: Inscription | undefined;
  suivante: Inscription | undefined;
  inscrite: boolean;
}

/**
 * Échéancier des délais de traitement : **une seule minuterie** pour toutes les requêtes en cours,
 * au lieu d'une minuterie et d'une course de promesses par requête. Le délai étant le même pour
 * toutes, les échéances arrivent dans l'ordre des inscriptions : une file doublement chaînée
 * (inscription et retrait en temps constant) dont la tête porte la prochaine échéance. La
 * minuterie, armée sur cette tête, ne retient pas le processus (`unref`) et ne se réarme qu'à son
 * déclenchement. L'horloge est `Date.now` (simulée avec les minuteries dans les tests).
 *
 * @example
 * ```ts
 * const echeancier = new EcheancierDelais(30_000);
 * const inscription = echeancier.inscrire(() => console.log("délai dépassé"));
 * echeancier.retirer(inscription); // requête terminée à temps
 * ```
 */
export class EcheancierDelais {
  #tete: Inscription | undefined;
  #queue: Inscription | undefined;
  #minuterie: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly delaiMs: number) {}

  /** Inscrit une requête : `expirer` est appelé une fois si elle n'est pas retirée avant `delaiMs`. */
  inscrire(expirer: () => void): Inscription {
    const inscription: Inscription = { echeance: Date.now() + this.delaiMs, expirer, precedente: this.#queue, suivante: undefined, inscrite: true };
    if (this.#queue === undefined) this.#tete = inscription;
    else this.#queue.suivante = inscription;
    this.#queue = inscription;
    if (this.#minuterie === undefined) this.#armer(this.delaiMs);
    return inscription;
  }

  /** Retire une requête terminée (sans effet si elle l'est déjà ou a expiré). */
  retirer(inscription: Inscription): void {
    if (!inscription.inscrite) return;
    inscription.inscrite = false;
    const { precedente, suivante } = inscription;
    if (precedente === undefined) this.#tete = suivante;
    else precedente.suivante = suivante;
    if (suivante === undefined) this.#queue = precedente;
    else suivante.precedente = precedente;
    inscription.precedente = undefined;
    inscription.suivante = undefined;
  }

  /** Nombre de requêtes inscrites (tests). */
  get taille(): number {
    let n = 0;
    for (let i = this.#tete; i !== undefined; i = i.suivante) n++;
    return n;
  }

  #armer(dansMs: number): void {
    this.#minuterie = setTimeout(() => this.#echoir(), Math.min(2_147_483_647, Math.max(1, dansMs)));
    this.#minuterie.unref?.();
  }

  #echoir(): void {
    this.#minuterie = undefined;
    const maintenant = Date.now();
    while (this.#tete !== undefined && this.#tete.echeance <= maintenant) {
      const echue = this.#tete;
      this.retirer(echue);
      echue.expirer();
    }
    if (this.#tete !== undefined) this.#armer(this.#tete.echeance - maintenant);
  }
}
