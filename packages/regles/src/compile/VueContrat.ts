import type { Parametre } from "@communs-opco/parametres";
import { estRenseigne, valeurAuChemin } from "../Lecture";
import { joursDepuisEpoque } from "./joursDepuisEpoque";
import { ParametresExecution } from "./ParametresExecution";

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
  /** Contrat d'origine (objet brut ou lu par le schéma), pour les gardes qui lisent d'autres champs. */
  readonly contrat: object;
  /** Date d'évaluation (numéro de jour). */
  readonly evaluation: number;
  readonly debutContrat: number;
  /** Date de début `AAAA-MM-JJ` quand elle est valide (clé des paramètres lus à cette date). */
  readonly debutContratIso: string | undefined;
  readonly finContrat: number;
  readonly signature: number;
  /** Date de signature `AAAA-MM-JJ` quand elle est valide (clé des paramètres lus à cette date). */
  readonly signatureIso: string | undefined;
  readonly effetAvenant: number;
  readonly debutFormationPratique: number;
  readonly naissanceApprenti: number;
  readonly naissanceMaitre1: number;
  readonly naissanceMaitre2: number;
  /** Le maître 2 a un nom, un prénom ou une date de naissance renseigné (`estRenseigne`). */
  readonly maitre2Renseigne: boolean;
  readonly debutFormation: number;
  readonly finFormation: number;
  /** Type de contrat (`contrat.typeContratApp`) tel que reçu, s'il est un texte. */
  readonly typeContrat: string | undefined;
  /**
   * Date de conclusion lue comme par les règles (`dateConclusion`) : date de signature, à défaut
   * date de début, de forme `AAAA-MM-JJ`.
   */
  readonly conclusion: string | undefined;
  /** Valeur d'un paramètre légal à une date, résolue une fois par (paramètre, date) pour l'exécution. */
  parametre<T>(parametre: Parametre<T>, date: string | undefined): T | undefined;
}

const FORME_DATE = /^\d{4}-\d{2}-\d{2}$/;

function conclusion(c: Record<string, unknown> | undefined): string | undefined {
  const signature = c?.dateSignature;
  if (typeof signature === "string" && FORME_DATE.test(signature)) return signature;
  const debut = c?.dateDebutContrat;
  if (typeof debut === "string" && FORME_DATE.test(debut)) return debut;
  return undefined;
}

/**
 * Construit la vue typée d'un contrat (objet brut ou lu par le schéma).
 *
 * @example
 * ```ts
 * creerVueContrat({ contrat: { dateDebutContrat: "2025-09-01" } }, 20395).debutContrat; // 20332
 * ```
 */
export function creerVueContrat(contrat: object, evaluation: number, parametres: ParametresExecution = new ParametresExecution()): VueContrat {
  const c = objet(contrat, "contrat");
  const a = objet(contrat, "apprenti");
  const f = objet(contrat, "formation");
  const m1 = objet(contrat, "maitre1");
  const m2 = objet(contrat, "maitre2");
  const type = c?.typeContratApp;
  const debutContrat = joursDepuisEpoque(c?.dateDebutContrat);
  const signature = joursDepuisEpoque(c?.dateSignature);
  return {
    contrat,
    evaluation,
    debutContrat,
    debutContratIso: Number.isNaN(debutContrat) ? undefined : (c?.dateDebutContrat as string),
    finContrat: joursDepuisEpoque(c?.dateFinContrat),
    signature,
    signatureIso: Number.isNaN(signature) ? undefined : (c?.dateSignature as string),
    effetAvenant: joursDepuisEpoque(c?.dateEffetAvenant),
    debutFormationPratique: joursDepuisEpoque(c?.dateDebutFormationPratique),
    naissanceApprenti: joursDepuisEpoque(a?.dateNaissance),
    naissanceMaitre1: joursDepuisEpoque(m1?.dateNaissance),
    naissanceMaitre2: joursDepuisEpoque(m2?.dateNaissance),
    maitre2Renseigne: m2 !== undefined && (estRenseigne(m2.nom) || estRenseigne(m2.prenom) || estRenseigne(m2.dateNaissance)),
    debutFormation: joursDepuisEpoque(f?.dateDebutFormation),
    finFormation: joursDepuisEpoque(f?.dateFinFormation),
    typeContrat: typeof type === "string" ? type : undefined,
    conclusion: conclusion(c),
    parametre: (p, date) => parametres.valeur(p, date),
  };
}

function objet(racine: object, cle: string): Record<string, unknown> | undefined {
  const v = valeurAuChemin(racine, cle);
  return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}
