/**
 * Parcourt de façon uniforme un itérable synchrone ou asynchrone (entrée des écrivains).
 *
 * @example
 * ```ts
 * for await (const x of versFlux([1, 2])) console.log(x);
 * ```
 */
export async function* versFlux<T>(elements: Iterable<T> | AsyncIterable<T>): AsyncGenerator<T> {
  for await (const e of elements) yield e;
}
