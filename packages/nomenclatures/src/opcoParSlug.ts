import { tableOpcos } from "./donnees/tableOpcos";
import type { Opco } from "./Opco";
import type { SlugOpco } from "./SlugOpco";

const parSlug = new Map<string, Opco>(tableOpcos.entrees.map((o) => [o.slug, o]));

/**
 * Fiche d'un OPCO à partir de son slug.
 *
 * @param slug - slug canonique (voir {@link SlugOpco}).
 * @returns la fiche de l'OPCO.
 * @example
 * ```ts
 * import { opcoParSlug } from "@communs-opco/nomenclatures";
 * opcoParSlug("opcommerce").nomOfficiel; // "L'Opcommerce"
 * ```
 */
export function opcoParSlug(slug: SlugOpco): Opco {
  const trouve = parSlug.get(slug);
  if (trouve === undefined) {
    // Impossible si le typage est respecté : la table contient les 11 slugs (vérifié par les tests).
    throw new RangeError(`OPCO inconnu : « ${String(slug)} »`);
  }
  return trouve;
}
