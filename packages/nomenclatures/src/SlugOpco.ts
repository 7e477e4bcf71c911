/**
 * Identifiant canonique (slug) d'un des 11 OPCO agréés.
 *
 * @example
 * ```ts
 * import { slugsOpco, type SlugOpco } from "@communs-opco/nomenclatures";
 * const slug: SlugOpco = "opco-ep";
 * slugsOpco.includes(slug); // true
 * ```
 */
export type SlugOpco =
  | "afdas"
  | "akto"
  | "atlas"
  | "constructys"
  | "ocapiat"
  | "opco2i"
  | "opcommerce"
  | "opco-ep"
  | "opco-mobilites"
  | "opco-sante"
  | "uniformation";
