import { tableOpcos } from "./donnees/tableOpcos";
import { normaliserNomOpco } from "./normaliserNomOpco";
import type { Opco } from "./Opco";
import { reduireNomOpco } from "./reduireNomOpco";

function indexer(forme: (nom: string) => string): Map<string, Opco | null> {
  const index = new Map<string, Opco | null>();
  for (const o of tableOpcos.entrees) {
    for (const nom of [o.slug, o.nomOfficiel, o.designation, ...o.alias.map((a) => a.valeur)]) {
      const cle = forme(nom);
      if (cle === "") continue;
      const deja = index.get(cle);
      // Une forme partagée par deux OPCO est ambiguë : elle ne résout rien.
      index.set(cle, deja === undefined || deja === o ? o : null);
    }
  }
  return index;
}

const parNom = indexer(normaliserNomOpco);
const parNomReduit = indexer(reduireNomOpco);

/**
 * Retrouve l'OPCO canonique à partir de n'importe lequel de ses noms (slug, nom officiel,
 * alias de La bonne alternance, du Tableau de bord, de CFA Dock, de France compétences, de la
 * table IDCC → OPCO). La comparaison ignore la casse, les accents, les apostrophes et la
 * ponctuation ; à défaut, elle ignore aussi les mots « OPCO », « L' », « DE », « LA »…
 * Il n'y a pas de rapprochement approximatif : un nom absent de la table ne résout rien.
 *
 * @param nom - nom ou alias tel que reçu.
 * @returns l'OPCO, ou `undefined` si le nom est inconnu (ou désigne une valeur spéciale, voir {@link valeurOpcoSpeciale}).
 * @example
 * ```ts
 * import { resoudreOpco } from "@communs-opco/nomenclatures";
 * resoudreOpco("UNIFORMATION COHESION SOCIALE")?.slug; // "uniformation"
 * resoudreOpco("OPCO entreprises et salariés des services à forte intensité de main-d'œuvre")?.slug; // "akto"
 * resoudreOpco("mobilites")?.slug; // "opco-mobilites"
 * resoudreOpco("Opco inexistant"); // undefined
 * ```
 */
export function resoudreOpco(nom: string): Opco | undefined {
  const exact = parNom.get(normaliserNomOpco(nom));
  if (exact !== undefined) return exact ?? undefined;
  const reduit = reduireNomOpco(nom);
  if (reduit === "") return undefined;
  return parNomReduit.get(reduit) ?? undefined;
}
