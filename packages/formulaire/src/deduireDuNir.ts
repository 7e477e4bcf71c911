import { deductionsNir } from "@communs-opco/regles";
import type { Brouillon } from "./Brouillon";
import type { ChampBrouillon } from "./ChampBrouillon";
import { estValeurVide } from "./estValeurVide";
import type { ResultatFusion } from "./ResultatFusion";

/**
 * Pré-remplit le sexe et la date de naissance de l'apprenti à partir de son NIR valide (R-NIR-FILL,
 * `deductionsNir` de `@communs-opco/regles`), seulement s'ils sont vides : provenance
 * `deduction:R-NIR-FILL`, date d'évaluation en entrée. La date de naissance est le 1er du mois
 * codé dans le NIR : elle est marquée `approximative` et doit être confirmée. Un NIR absent ou
 * invalide ne change rien.
 *
 * @example
 * ```ts
 * const r = deduireDuNir(brouillon, "2026-11-26");
 * r.brouillon.champs["apprenti.dateNaissance"]; // { valeur: "2007-03-01", provenance: "deduction:R-NIR-FILL", date: "2026-11-26", approximative: true }
 * ```
 */
export function deduireDuNir(brouillon: Brouillon, dateEvaluation: string): ResultatFusion {
  const nir = brouillon.champs["apprenti.nir"]?.valeur;
  const resultat: ResultatFusion = { brouillon, appliques: [], conserves: [], refuses: [] };
  if (typeof nir !== "string") return resultat;
  const d = deductionsNir(nir, dateEvaluation);
  if (d === undefined) return resultat;
  const champs: Record<string, ChampBrouillon> = { ...brouillon.champs };
  const deduits: [string, string | undefined, boolean][] = [
    ["apprenti.sexe", d.sexe, false],
    ["apprenti.dateNaissance", d.dateNaissanceApprochee, true],
  ];
  for (const [chemin, valeur, approchee] of deduits) {
    if (valeur === undefined) continue;
    const existant = champs[chemin];
    if (existant !== undefined && !estValeurVide(existant.valeur)) continue;
    champs[chemin] = { valeur, provenance: "deduction:R-NIR-FILL", date: dateEvaluation, ...(approchee ? { approximative: true as const } : {}) };
    resultat.appliques.push(chemin);
  }
  return { ...resultat, brouillon: { champs } };
}
