import type { Brouillon } from "./Brouillon";
import type { ChampBrouillon } from "./ChampBrouillon";
import { estCheminChamp } from "./estCheminChamp";
import { estValeurVide } from "./estValeurVide";
import type { Provenance } from "./Provenance";

function aplatir(valeur: unknown, chemin: string, sortie: [string, unknown][]): void {
  if (typeof valeur === "object" && valeur !== null && !Array.isArray(valeur)) {
    for (const [cle, v] of Object.entries(valeur)) aplatir(v, chemin === "" ? cle : `${chemin}.${cle}`, sortie);
  } else if (chemin !== "" && !estValeurVide(valeur)) {
    sortie.push([chemin, valeur]);
  }
}

/**
 * Brouillon construit à partir d'un contrat au format standard (reprise d'un contrat existant,
 * d'un avenant) : une entrée par valeur non vide, les listes restant des valeurs entières, avec
 * la provenance et la date données. Les clés invalides (`__proto__`…) sont ignorées.
 *
 * @example
 * ```ts
 * const b = brouillonDepuisContrat(contratExemple, "saisie", "2024-08-26");
 * b.champs["formation.rncp"]?.valeur; // "RNCP37537"
 * ```
 */
export function brouillonDepuisContrat(contrat: object, provenance: Provenance, date: string | null): Brouillon {
  const paires: [string, unknown][] = [];
  aplatir(contrat, "", paires);
  const champs: Record<string, ChampBrouillon> = {};
  for (const [chemin, valeur] of paires) if (estCheminChamp(chemin)) champs[chemin] = { valeur, provenance, date };
  return { champs };
}
