/**
 * Mémoire bornée des verdicts d'un calcul pur, partagée par toutes les évaluations d'une garde
 * compilée : une même valeur (SIRET d'un CFA, code postal, IDCC…) n'est vérifiée qu'une fois, et la
 * mémoire est vidée quand elle atteint sa borne (mémoire du processus bornée sur de gros fichiers).
 * Avec une borne de 0, seule la dernière clé est retenue : pour des valeurs propres à chaque contrat
 * (NIR, téléphone, courriel), relues par plusieurs règles d'un même contrat mais jamais d'un contrat
 * à l'autre, une table ne ferait que grossir et coûter une recherche manquée par valeur.
 *
 * @example
 * ```ts
 * const siretValides = new MemoireBornee<boolean>();
 * siretValides.obtenir("12345678901234", (s) => verifierSiret(s).valide);
 * const nirs = new MemoireBornee<NirDecompose | null>(0); // dernière clé seulement
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
    if (this.borne === 0) {
      const calculee = calculer(cle);
      this.derniereCle = cle;
      this.derniereValeur = calculee;
      return calculee;
    }
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
