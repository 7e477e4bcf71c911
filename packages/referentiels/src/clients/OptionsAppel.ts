/**
 * Options d'un appel de client : annulation.
 *
 * @example
 * ```ts
 * const options: OptionsAppel = { signal: AbortSignal.timeout(2000) };
 * ```
 */
export interface OptionsAppel {
  readonly signal?: AbortSignal;
}
