import type { Brouillon } from "./Brouillon";
import type { ChampBrouillon } from "./ChampBrouillon";
import { estCheminChamp } from "./estCheminChamp";
import { estValeurVide } from "./estValeurVide";
import { fusionnerChamps } from "./fusionnerChamps";
import type { ResultatFusion } from "./ResultatFusion";

/**
 * Enregistre des valeurs saisies par l'utilisateur (provenance `saisie`) : elles remplacent
 * toujours la valeur existante ; une valeur vide (`null`, `""`) efface le champ.
 *
 * @example
 * ```ts
 * const { brouillon } = saisir(brouillonVide, { "employeur.siret": "80123456700015" }, "2026-11-26");
 * brouillon.champs["employeur.siret"]; // { valeur: "80123456700015", provenance: "saisie", date: "2026-11-26" }
 * ```
 */
export function saisir(brouillon: Brouillon, valeurs: Readonly<Record<string, unknown>>, date: string): ResultatFusion {
  const effaces = Object.entries(valeurs).filter(([chemin, valeur]) => estCheminChamp(chemin) && estValeurVide(valeur));
  const champs: Record<string, ChampBrouillon> = { ...brouillon.champs };
  for (const [chemin] of effaces) delete champs[chemin];
  const r = fusionnerChamps(
    { champs },
    Object.entries(valeurs).map(([chemin, valeur]) => ({ chemin, valeur })),
    { provenance: "saisie", date, ecraser: "tout" },
  );
  return { ...r, appliques: [...r.appliques, ...effaces.map(([c]) => c)] };
}
