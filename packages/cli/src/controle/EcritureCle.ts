import { agrandirTableau } from "./tableauPartage";

/**
 * Écriture d'une clé de l'index du lot en octets, dans un tampon réutilisé (aucune allocation par
 * clé) : entiers positifs en longueur variable (7 bits par octet), textes par leur longueur puis
 * chacun de leurs caractères UTF-16 (ainsi deux textes différents, même mal formés, ne donnent
 * jamais les mêmes octets). Une clé faite de champs écrits ainsi, dans un ordre fixe, identifie
 * exactement ses champs : c'est ce que {@link TableCles} compare.
 *
 * @example
 * ```ts
 * const cle = new EcritureCle();
 * cle.vider();
 * cle.texte("DUPONT");
 * cle.entier(20250901);
 * table.chercher(cle.octets, cle.longueur);
 * ```
 */
export class EcritureCle {
  octets = new Uint8Array(256);
  longueur = 0;

  /** Recommence une clé. */
  vider(): void {
    this.longueur = 0;
  }

  #place(n: number): void {
    this.octets = agrandirTableau(this.octets, this.longueur + n);
  }

  /** Un octet (0 à 255). */
  octet(valeur: number): void {
    this.#place(1);
    this.octets[this.longueur++] = valeur;
  }

  /** Un entier positif ou nul, jusqu'à 2^53 − 1, en longueur variable. */
  entier(valeur: number): void {
    this.#place(8);
    let v = valeur;
    while (v >= 0x80) {
      this.octets[this.longueur++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.octets[this.longueur++] = v;
  }

  /** Un texte : sa longueur puis ses caractères UTF-16 (un octet chacun en ASCII). */
  texte(valeur: string): void {
    this.entier(valeur.length);
    this.#place(3 * valeur.length);
    for (let i = 0; i < valeur.length; i++) {
      let c = valeur.charCodeAt(i);
      while (c >= 0x80) {
        this.octets[this.longueur++] = (c & 0x7f) | 0x80;
        c >>>= 7;
      }
      this.octets[this.longueur++] = c;
    }
  }
}
