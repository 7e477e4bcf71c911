import type { Brouillon } from "./Brouillon";
import type { ChampBrouillon } from "./ChampBrouillon";
import { estCheminChamp } from "./estCheminChamp";
import { estValeurVide } from "./estValeurVide";
import type { PolitiqueEcrasement } from "./PolitiqueEcrasement";
import type { Provenance } from "./Provenance";
import type { ResultatFusion, ValeurConservee } from "./ResultatFusion";

/**
 * Valeur proposée pour un chemin du brouillon.
 *
 * @example
 * ```ts
 * const p: Proposition = { chemin: "formation.rncp", valeur: "RNCP37537" };
 * ```
 */
export interface Proposition {
  chemin: string;
  valeur: unknown;
}

/**
 * Origine et politique d'une reprise.
 *
 * @example
 * ```ts
 * const o: OptionsFusion = { provenance: "profil:boulangerie", date: "2026-01-15", ecraser: "vides" };
 * ```
 */
export interface OptionsFusion {
  provenance: Provenance;
  /** Date de la donnée (saisie, mise à jour du profil, données du référentiel). */
  date: string | null;
  /** Par défaut `vides`. */
  ecraser?: PolitiqueEcrasement;
}

function peutRemplacer(existant: ChampBrouillon | undefined, ecraser: PolitiqueEcrasement): boolean {
  if (existant === undefined || estValeurVide(existant.valeur)) return true;
  if (ecraser === "tout") return true;
  return ecraser === "automatiques" && existant.provenance !== "saisie";
}

function memeValeur(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Reprend des valeurs dans un brouillon selon une politique d'écrasement : une valeur saisie
 * n'est jamais remplacée sauf avec `ecraser: "tout"`. Une proposition vide est ignorée ; une
 * proposition différente d'une valeur conservée est rapportée dans `conserves` ; un chemin
 * invalide est rapporté dans `refuses`. Le brouillon d'entrée n'est pas modifié.
 *
 * @example
 * ```ts
 * const r = fusionnerChamps(brouillon, [{ chemin: "employeur.naf", valeur: "10.71C" }], { provenance: "referentiel:API Entreprise", date: "2026-11-20" });
 * r.brouillon.champs["employeur.naf"]?.provenance; // "referentiel:API Entreprise" si le champ était vide
 * ```
 */
export function fusionnerChamps(brouillon: Brouillon, propositions: readonly Proposition[], options: OptionsFusion): ResultatFusion {
  const ecraser = options.ecraser ?? "vides";
  const champs: Record<string, ChampBrouillon> = { ...brouillon.champs };
  const appliques: string[] = [];
  const conserves: ValeurConservee[] = [];
  const refuses: { chemin: string; raison: string }[] = [];
  for (const { chemin, valeur } of propositions) {
    if (!estCheminChamp(chemin)) {
      refuses.push({ chemin, raison: "chemin de champ invalide" });
      continue;
    }
    if (estValeurVide(valeur)) continue;
    const existant = Object.hasOwn(champs, chemin) ? champs[chemin] : undefined;
    if (existant !== undefined && memeValeur(existant.valeur, valeur) && existant.provenance === "saisie" && options.provenance !== "saisie") continue;
    if (peutRemplacer(existant, ecraser)) {
      champs[chemin] = { valeur, provenance: options.provenance, date: options.date };
      appliques.push(chemin);
    } else if (existant !== undefined && !memeValeur(existant.valeur, valeur)) {
      conserves.push({ chemin, existante: existant.valeur, provenanceExistante: existant.provenance, proposee: valeur, provenanceProposee: options.provenance });
    }
  }
  return { brouillon: { champs }, appliques, conserves, refuses };
}
