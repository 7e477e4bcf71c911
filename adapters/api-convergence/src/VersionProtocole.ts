/**
 * Version du protocole API Convergence : `v1` (bloc `employeur`) ou `v2` (bloc
 * `employeurV2`, états paginés) — `opco-echanges.md` §1.3 et §1.6.
 *
 * @example
 * ```ts
 * const version: VersionProtocole = "v2";
 * ```
 */
export type VersionProtocole = "v1" | "v2";
