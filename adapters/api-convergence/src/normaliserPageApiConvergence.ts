import { estObjet } from "@communs-opco/adaptateur";
import type { ToleranceApiConvergence } from "./ToleranceApiConvergence.js";

const ENVELOPPES_PAGE = ["EtatDossierResult", "factures"] as const;

/**
 * Redresse la forme d'une réponse entière de l'API Convergence selon les tolérances
 * activées, et dit lesquelles ont servi :
 * - `page_en_liste` : `[{ total, count, page, EtatDossierResult: [...] }]` → l'enveloppe seule ;
 * - `liste_vide_fin_de_pages` : `[]` est signalé (`fin: true`) ;
 * - `objet_au_lieu_de_liste` : pour une opération qui attend une liste (`listeAttendue`), un
 *   objet seul devient une liste d'un élément.
 * Sans tolérance activée, la réponse est rendue telle quelle. Ne lève jamais d'exception.
 *
 * @example
 * ```ts
 * normaliserPageApiConvergence([{ total: 1, page: 1, EtatDossierResult: [{ etat: "ENGAGE" }] }], ["page_en_liste"]);
 * // { corps: { total: 1, page: 1, EtatDossierResult: [...] }, appliquees: ["page_en_liste"], fin: false }
 * ```
 */
export function normaliserPageApiConvergence(
  corps: unknown,
  tolerances: readonly ToleranceApiConvergence[],
  options: { readonly listeAttendue?: boolean } = {},
): { corps: unknown; appliquees: ToleranceApiConvergence[]; fin: boolean } {
  const appliquees: ToleranceApiConvergence[] = [];
  let resultat = corps;
  if (Array.isArray(resultat) && resultat.length === 1 && tolerances.includes("page_en_liste")) {
    const seul: unknown = resultat[0];
    if (estObjet(seul) && ENVELOPPES_PAGE.some((cle) => Array.isArray(seul[cle]))) {
      resultat = seul;
      appliquees.push("page_en_liste");
    }
  }
  let fin = false;
  if (Array.isArray(resultat) && resultat.length === 0 && tolerances.includes("liste_vide_fin_de_pages")) {
    fin = true;
    appliquees.push("liste_vide_fin_de_pages");
  }
  if (options.listeAttendue === true && estObjet(resultat) && !ENVELOPPES_PAGE.some((cle) => Array.isArray((resultat as Record<string, unknown>)[cle])) && tolerances.includes("objet_au_lieu_de_liste")) {
    resultat = [resultat];
    appliquees.push("objet_au_lieu_de_liste");
  }
  return { corps: resultat, appliquees, fin };
}
