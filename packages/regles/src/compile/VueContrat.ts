import { valeurAuChemin } from "../Lecture";
import { joursDepuisEpoque } from "./joursDepuisEpoque";

/**
 * Vue typée d'un contrat, construite une fois par enregistrement pour les gardes compilées des
 * règles : champs fixes, dates en numéros de jour entiers (`NaN` si absente ou invalide, ce qui rend
 * fausse toute comparaison et fait échouer la garde). Les gardes ne lisent que cette vue ; la règle
 * interprétée relit le contrat quand sa garde échoue.
 *
 * @example
 * ```ts
 * const vue = creerVueContrat(contrat, joursDepuisEpoque("2025-11-03"));
 * vue.debutContrat <= vue.finContrat;
 * ```
 */
export interface VueContrat {
  /** Date d'évaluation (numéro de jour). */
  readonly evaluation: number;
  readonly debutContrat: number;
  readonly finContrat: number;
  readonly signature: number;
  readonly effetAvenant: number;
  readonly debutFormationPratique: number;
  readonly naissanceApprenti: number;
  readonly debutFormation: number;
  readonly finFormation: number;
  /** Type de contrat (`contrat.typeContratApp`) tel que reçu, s'il est un texte. */
  readonly typeContrat: string | undefined;
}

/**
 * Construit la vue typée d'un contrat (objet brut ou lu par le schéma).
 *
 * @example
 * ```ts
 * creerVueContrat({ contrat: { dateDebutContrat: "2025-09-01" } }, 20395).debutContrat; // 20332
 * ```
 */
export function creerVueContrat(contrat: object, evaluation: number): VueContrat {
  const c = objet(contrat, "contrat");
  const a = objet(contrat, "apprenti");
  const f = objet(contrat, "formation");
  const type = c?.typeContratApp;
  return {
    evaluation,
    debutContrat: joursDepuisEpoque(c?.dateDebutContrat),
    finContrat: joursDepuisEpoque(c?.dateFinContrat),
    signature: joursDepuisEpoque(c?.dateSignature),
    effetAvenant: joursDepuisEpoque(c?.dateEffetAvenant),
    debutFormationPratique: joursDepuisEpoque(c?.dateDebutFormationPratique),
    naissanceApprenti: joursDepuisEpoque(a?.dateNaissance),
    debutFormation: joursDepuisEpoque(f?.dateDebutFormation),
    finFormation: joursDepuisEpoque(f?.dateFinFormation),
    typeContrat: typeof type === "string" ? type : undefined,
  };
}

function objet(racine: object, cle: string): Record<string, unknown> | undefined {
  const v = valeurAuChemin(racine, cle);
  return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}
