import { agrandirTableau, tableauPartage } from "./tableauPartage";

/**
 * Empreinte de 32 bits d'une clé (ses `longueur` premiers octets). Une empreinte ne sert qu'à
 * trouver vite la place d'une clé : deux clés de même empreinte restent deux clés (comparaison
 * exacte des octets).
 *
 * @example
 * ```ts
 * const constante: EmpreinteCle = () => 7; // toutes les clés en collision (tests)
 * ```
 */
export type EmpreinteCle = (octets: Uint8Array, longueur: number) => number;

/** FNV-1a sur les octets, brassée (finalisation de MurmurHash3) pour que les bits faibles, qui choisissent l'alvéole, varient bien. */
export const empreinteOctets: EmpreinteCle = (octets, longueur) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < longueur; i++) h = Math.imul(h ^ (octets[i] as number), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
};

/**
 * État d'une {@link TableCles} : tableaux typés en mémoire partagée (transmis à un fil de calcul
 * sans copie) et nombre de clés.
 *
 * @example
 * ```ts
 * const copie = new TableCles(empreinteOctets, table.etat()); // dans un fil de calcul : même mémoire
 * ```
 */
export interface EtatTableCles {
  /** Alvéoles (puissance de deux) : 0 si vide, sinon numéro de la clé + 1. */
  readonly alveoles: Int32Array;
  /** Empreinte de chaque clé. */
  readonly empreintes: Int32Array;
  /** Début des octets de chaque clé dans `octets` ; la clé `i` finit où commence la clé `i + 1`. */
  readonly debuts: Int32Array;
  readonly octets: Uint8Array;
  readonly nombre: number;
}

/** Charge maximale des alvéoles (sondage linéaire) : au-delà, la table double. */
const CHARGE_MAX = 0.7;

/**
 * Table de clés (suites d'octets, voir `EcritureCle`) numérotées 0, 1, 2… dans l'ordre
 * d'ajout, à adressage ouvert, tout entière en tableaux typés sur mémoire partagée : aucun objet
 * par clé dans le tas de V8 (rien à parcourir pour le ramasse-miettes), et l'état se transmet à un
 * fil de calcul sans copie. Les clés sont gardées et comparées **exactement** : deux clés
 * différentes de même empreinte ne sont jamais confondues. Une table restaurée dans un fil de
 * calcul se consulte seulement (elle n'est plus modifiée après sa transmission).
 *
 * @example
 * ```ts
 * const table = new TableCles();
 * const cle = new EcritureCle();
 * cle.texte("069202409000001");
 * const n = table.ajouter(cle.octets, cle.longueur); // 0
 * table.chercher(cle.octets, cle.longueur); // 0
 * ```
 */
export class TableCles {
  #alveoles: Int32Array;
  #empreintes: Int32Array;
  #debuts: Int32Array;
  #octets: Uint8Array;
  #nombre: number;
  readonly #empreinte: EmpreinteCle;

  /** `etat` : celui d'une table d'un autre fil ({@link TableCles.etat}), lu sans copie et plus modifié. */
  constructor(empreinte: EmpreinteCle = empreinteOctets, etat?: EtatTableCles) {
    this.#empreinte = empreinte;
    this.#alveoles = etat?.alveoles ?? tableauPartage(Int32Array, 1024);
    this.#empreintes = etat?.empreintes ?? tableauPartage(Int32Array, 512);
    this.#debuts = etat?.debuts ?? tableauPartage(Int32Array, 513);
    this.#octets = etat?.octets ?? tableauPartage(Uint8Array, 8192);
    this.#nombre = etat?.nombre ?? 0;
  }

  /** Nombre de clés. */
  get nombre(): number {
    return this.#nombre;
  }

  /** Octets occupés (tableaux alloués), pour mesurer l'index. */
  get octetsOccupes(): number {
    return this.#alveoles.byteLength + this.#empreintes.byteLength + this.#debuts.byteLength + this.#octets.byteLength;
  }

  /** État en tableaux partagés, transmissible à un fil de calcul. */
  etat(): EtatTableCles {
    return { alveoles: this.#alveoles, empreintes: this.#empreintes, debuts: this.#debuts, octets: this.#octets, nombre: this.#nombre };
  }

  /** Numéro de la clé (les `longueur` premiers octets de `cle`), ou -1 si elle n'y est pas. */
  chercher(cle: Uint8Array, longueur: number): number {
    const alveole = this.#alveole(cle, longueur, this.#empreinte(cle, longueur));
    const a = this.#alveoles[alveole] as number;
    return a - 1;
  }

  /** Numéro de la clé, ajoutée à la suite si elle n'y était pas. */
  ajouter(cle: Uint8Array, longueur: number): number {
    const h = this.#empreinte(cle, longueur);
    let alveole = this.#alveole(cle, longueur, h);
    const a = this.#alveoles[alveole] as number;
    if (a !== 0) return a - 1;
    const n = this.#nombre;
    if ((n + 1) > CHARGE_MAX * this.#alveoles.length) {
      this.#redimensionner(2 * this.#alveoles.length);
      alveole = this.#alveole(cle, longueur, h);
    }
    this.#empreintes = agrandirTableau(this.#empreintes, n + 1);
    this.#debuts = agrandirTableau(this.#debuts, n + 2);
    const debut = this.#debuts[n] as number;
    this.#octets = agrandirTableau(this.#octets, debut + longueur);
    this.#octets.set(cle.subarray(0, longueur), debut);
    this.#debuts[n + 1] = debut + longueur;
    this.#empreintes[n] = h;
    this.#alveoles[alveole] = n + 1;
    this.#nombre = n + 1;
    return n;
  }

  /** Alvéole de la clé si elle y est, sinon la première alvéole vide où la mettre. */
  #alveole(cle: Uint8Array, longueur: number, h: number): number {
    const alveoles = this.#alveoles;
    const masque = alveoles.length - 1;
    for (let i = h & masque; ; i = (i + 1) & masque) {
      const a = alveoles[i] as number;
      if (a === 0 || (this.#empreintes[a - 1] === h && this.#egale(a - 1, cle, longueur))) return i;
    }
  }

  #egale(numero: number, cle: Uint8Array, longueur: number): boolean {
    const debut = this.#debuts[numero] as number;
    if ((this.#debuts[numero + 1] as number) - debut !== longueur) return false;
    const octets = this.#octets;
    for (let i = 0; i < longueur; i++) if (octets[debut + i] !== cle[i]) return false;
    return true;
  }

  #redimensionner(taille: number): void {
    const alveoles = tableauPartage(Int32Array, taille);
    const masque = taille - 1;
    for (let n = 0; n < this.#nombre; n++) {
      let i = (this.#empreintes[n] as number) & masque;
      while (alveoles[i] !== 0) i = (i + 1) & masque;
      alveoles[i] = n + 1;
    }
    this.#alveoles = alveoles;
  }
}
