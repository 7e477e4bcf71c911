/** Taille des tranches : celle des morceaux du flux de lecture séquentiel (`highWaterMark` de 64 Kio). */
const TRANCHE = 1 << 16;

/**
 * Octets d'un morceau rendus par tranches de 64 Kio, comme le flux d'un fichier lu en séquentiel :
 * la lecture d'un morceau par un fil de calcul voit les mêmes découpes que la lecture en un seul
 * fil (contrôle de longueur des lignes, détection d'encodage).
 *
 * @example
 * ```ts
 * for await (const lu of lireEnregistrementsFlux(tranchesLecture(octets), { nom: "a.jsonl", lignesSeulement: true })) console.log(lu.ok);
 * ```
 */
export async function* tranchesLecture(octets: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < octets.length; i += TRANCHE) yield octets.subarray(i, Math.min(octets.length, i + TRANCHE));
}
