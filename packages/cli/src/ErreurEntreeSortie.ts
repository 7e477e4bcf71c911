/**
 * Échec d'entrée-sortie ou de source pendant une commande (fichier devenu illisible, disque plein,
 * source injoignable…). La CLI affiche le message en français, sans trace de pile, et termine
 * avec le code de sortie 3.
 *
 * @example
 * ```ts
 * throw new ErreurEntreeSortie("écriture interrompue de rapport.html : disque plein");
 * ```
 */
export class ErreurEntreeSortie extends Error {
  override readonly name = "ErreurEntreeSortie";
}
