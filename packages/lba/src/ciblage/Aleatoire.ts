/**
 * Générateur pseudo-aléatoire reproductible (mulberry32, état de 32 bits) : la même graine donne
 * toujours la même suite. Pour les historiques synthétiques et les tests, pas pour la cryptographie.
 *
 * @example
 * ```ts
 * const alea = new Aleatoire(42);
 * alea.reel(); // toujours la même valeur de [0, 1) pour la graine 42
 * ```
 */
export class Aleatoire {
  private etat: number;

  constructor(graine: number | string) {
    if (typeof graine === "number") {
      this.etat = graine >>> 0;
    } else {
      let h = 2166136261;
      for (let i = 0; i < graine.length; i++) h = Math.imul(h ^ graine.charCodeAt(i), 16777619);
      this.etat = h >>> 0;
    }
  }

  /** Réel uniforme de [0, 1). */
  reel(): number {
    this.etat = (this.etat + 0x6d2b79f5) >>> 0;
    let t = this.etat;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Entier uniforme de [min, max] (bornes incluses). */
  entier(min: number, max: number): number {
    return min + Math.floor(this.reel() * (max - min + 1));
  }

  /** Élément au hasard d'une liste non vide. */
  choisir<T>(elements: readonly T[]): T {
    const element = elements[Math.floor(this.reel() * elements.length)];
    if (element === undefined) throw new RangeError("choisir : liste vide");
    return element;
  }

  /** Tirage de Poisson de moyenne `lambda` (méthode de Knuth, adaptée aux petites moyennes). */
  poisson(lambda: number): number {
    if (!(lambda > 0)) return 0;
    if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * this.normal()));
    const limite = Math.exp(-lambda);
    let k = 0;
    let p = 1;
    do {
      k += 1;
      p *= this.reel();
    } while (p > limite);
    return k - 1;
  }

  /** Tirage d'une loi normale centrée réduite (Box-Muller). */
  normal(): number {
    const u = 1 - this.reel();
    const v = this.reel();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
