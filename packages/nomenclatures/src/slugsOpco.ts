import type { SlugOpco } from "./SlugOpco";

/**
 * Les slugs des 11 OPCO, dans l'ordre alphabétique de leur nom.
 *
 * @example
 * ```ts
 * import { slugsOpco } from "@communs-opco/nomenclatures";
 * slugsOpco.length; // 11
 * ```
 */
export const slugsOpco: readonly SlugOpco[] = [
  "afdas",
  "akto",
  "atlas",
  "constructys",
  "ocapiat",
  "opco2i",
  "opcommerce",
  "opco-ep",
  "opco-mobilites",
  "opco-sante",
  "uniformation",
];
