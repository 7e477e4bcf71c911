/** Tableau typé d'entiers ou d'octets de l'index du lot. */
type TableauEntiers = Int32Array | Uint8Array;

/**
 * Tableau typé neuf de `longueur` éléments (à zéro) sur une mémoire **partagée**
 * (`SharedArrayBuffer`) : passé à un fil de calcul par `postMessage`, il n'est pas copié, les deux
 * fils lisent la même mémoire. Les pages jamais écrites ne coûtent pas de mémoire résidente.
 *
 * @example
 * ```ts
 * const entrees = tableauPartage(Int32Array, 1024);
 * ```
 */
export function tableauPartage<T extends TableauEntiers>(Type: { new (buffer: SharedArrayBuffer): T; readonly BYTES_PER_ELEMENT: number }, longueur: number): T {
  return new Type(new SharedArrayBuffer(longueur * Type.BYTES_PER_ELEMENT));
}

/**
 * `tableau` s'il a déjà au moins `minimum` éléments ; sinon une copie au moins deux fois plus
 * grande, sur la même sorte de mémoire : partagée (`SharedArrayBuffer`) pour un tableau partagé,
 * ordinaire (transférable) sinon. Croissance géométrique : chaque élément n'est recopié qu'un petit
 * nombre de fois en moyenne.
 *
 * @example
 * ```ts
 * entrees = agrandirTableau(entrees, n + 7);
 * ```
 */
export function agrandirTableau<T extends TableauEntiers>(tableau: T, minimum: number): T {
  if (tableau.length >= minimum) return tableau;
  const Type = tableau.constructor as { new (buffer: SharedArrayBuffer): T; new (longueur: number): T; readonly BYTES_PER_ELEMENT: number };
  const longueur = Math.max(minimum, 2 * tableau.length, 16);
  const copie = tableau.buffer instanceof SharedArrayBuffer ? tableauPartage(Type, longueur) : new Type(longueur);
  copie.set(tableau);
  return copie;
}
