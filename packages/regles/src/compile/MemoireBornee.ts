/**
 * Mémoire bornée des verdicts d'un calcul pur, partagée par toutes les évaluations d'une garde
 * compilée : une même valeur (SIRET d'un CFA, code postal, IDCC…) n'est vérifiée qu'une fois, et la
 * mémoire est vidée quand elle atteint sa borne (mémoire du processus bornée sur de gros fichiers).
 *
 * @example
 * ```ts
 * const siretValides = new MemoireBornee<boolean>();
 * siretValides.obtenir("12345678901234", (s) => verifierSiret(s).valide);
 * ```
 */
export class MemoireBornee<T> {
  private readonly valeurs = new Map<string, T>();
  /** Dernière clé demandée et sa valeur : plusieurs règles lisent souvent la même valeur d'un contrat à la suite. */
  private derniereCle: string | undefined = undefined;
  private derniereValeur: T | undefined = undefined;

  constructor(private readonly borne = 20_000) {}

  /** Valeur retenue pour la clé, calculée (et retenue) à la première demande. */
  obtenir(cle: string, calculer: (cle: string) => T): T {
    if (cle === this.derniereCle) return this.derniereValeur as T;
    let valeur = this.valeurs.get(cle);
    if (valeur === undefined && !this.valeurs.has(cle)) {
      valeur = calculer(cle);
      if (this.valeurs.size >= this.borne) this.valeurs.clear();
      this.valeurs.set(cle, valeur);
    }
    this.derniereCle = cle;
    this.derniereValeur = valeur;
    return valeur as T;
  }
}
