/**
 * Tampon d'écriture : regroupe de petits textes en blocs (64 Kio par défaut) avant de les passer
 * à la fonction d'écriture, pour limiter les appels système sans garder toute la sortie en mémoire.
 *
 * @example
 * ```ts
 * const sortie = new SortieTamponnee((t) => process.stdout.write(t));
 * sortie.ecrire("ligne 1\n");
 * sortie.vider();
 * ```
 */
export class SortieTamponnee {
  private morceaux: string[] = [];
  private taille = 0;

  constructor(
    private readonly destination: (texte: string) => void,
    private readonly tailleBloc = 1 << 16,
  ) {}

  /** Ajoute un texte ; écrit le bloc quand il atteint la taille prévue. */
  ecrire(texte: string): void {
    this.morceaux.push(texte);
    this.taille += texte.length;
    if (this.taille >= this.tailleBloc) this.vider();
  }

  /** Écrit tout ce qui est en attente. */
  vider(): void {
    if (this.morceaux.length === 0) return;
    const bloc = this.morceaux.join("");
    this.morceaux = [];
    this.taille = 0;
    this.destination(bloc);
  }
}
