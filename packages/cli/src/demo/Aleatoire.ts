/**
 * Générateur pseudo-aléatoire **reproductible** (algorithme sfc32, graine de 32 bits) : la même
 * graine donne toujours la même suite, sur toute plateforme. Réservé aux données de
 * démonstration et aux bancs d'essai ; ne convient pas à un usage cryptographique.
 *
 * @example
 * ```ts
 * const alea = Aleatoire.depuisGraine("demo-2025");
 * alea.entier(1, 6); // toujours la même valeur pour cette graine
 * alea.choisir(["a", "b", "c"]);
 * ```
 */
export class Aleatoire {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  private constructor(graine: number) {
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = graine >>> 0;
    for (let i = 0; i < 15; i++) this.suivant();
  }

  /**
   * Crée un générateur à partir d'une graine entière ou textuelle (le texte est haché en 32 bits).
   *
   * @example
   * ```ts
   * Aleatoire.depuisGraine(42).reel(); // nombre de [0, 1)
   * ```
   */
  static depuisGraine(graine: number | string): Aleatoire {
    if (typeof graine === "number" && Number.isInteger(graine)) return new Aleatoire(graine >>> 0);
    const texte = String(graine);
    let h = 2166136261;
    for (let i = 0; i < texte.length; i++) {
      h ^= texte.charCodeAt(i);
      h = Math.imul(h, 16777619);
    }
    return new Aleatoire(h >>> 0);
  }

  /** Entier non signé de 32 bits suivant. */
  private suivant(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Réel de l'intervalle [0, 1). */
  reel(): number {
    return this.suivant() / 4294967296;
  }

  /** Entier de l'intervalle [min, max], bornes comprises. */
  entier(min: number, max: number): number {
    return min + Math.floor(this.reel() * (max - min + 1));
  }

  /** Vrai avec la probabilité `p`. */
  probabilite(p: number): boolean {
    return this.reel() < p;
  }

  /** Un élément de la liste (non vide). */
  choisir<T>(liste: readonly T[]): T {
    const element = liste[Math.floor(this.reel() * liste.length)];
    if (element === undefined) throw new RangeError("choisir : liste vide");
    return element;
  }

  /** Une suite de `n` chiffres décimaux. */
  chiffres(n: number): string {
    let s = "";
    for (let i = 0; i < n; i++) s += String(this.entier(0, 9));
    return s;
  }
}
