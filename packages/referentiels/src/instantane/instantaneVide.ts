import { VERSION_INSTANTANE, type Instantane } from "./Instantane";

/**
 * Instantané vide, point de départ d'une construction.
 *
 * @example
 * ```ts
 * instantaneVide("2026-11-26T21:00:00.000Z").sources; // []
 * ```
 */
export function instantaneVide(construitLe: string): Instantane {
  return {
    format: "communs-opco/instantane-referentiels",
    version: VERSION_INSTANTANE,
    construitLe,
    sources: [],
    npec: { editions: [], valeurs: [], correspondances: [] },
    fichesRncp: [],
    diplomes: [],
    cfdRncp: [],
    conventionsKali: [],
    conventionsDares: [],
    apeIdcc: [],
    etablissementsUai: [],
    organismes: [],
    opcoRncp: [],
    idccOpco: [],
  };
}
