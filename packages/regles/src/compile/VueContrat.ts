import type { Parametre } from "@communs-opco/parametres";
import { estRenseigne } from "../Lecture";
import { joursDepuisEpoque } from "./joursDepuisEpoque";
import { ParametresExecution } from "./ParametresExecution";
import type { RemunerationVue } from "./lireRemunerationVue";

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
  /** Date de conclusion (`conclusion`) en numéro de jour ; `NaN` si absente ou inexistante. */
  readonly conclusionJour: number;
  /**
   * Lecture des règles de rémunération sur la vue (`lireRemunerationVue`), faite au plus une fois
   * par contrat : `undefined` tant qu'elle n'est pas faite, `null` si la lecture est impossible.
   * Réservé au moteur compilé.
   */
  remuneration: RemunerationVue | null | undefined;
  /** Valeur d'un paramètre légal à une date `AAAA-MM-JJ`, résolue sur numéros de jour pour l'exécution. */
  parametre<T>(parametre: Parametre<T>, date: string | undefined): T | undefined;
  /** Valeur d'un paramètre légal à un numéro de jour (`undefined` pour `NaN` ou avant le paramètre), sans allocation. */
  parametreAuJour<T>(parametre: Parametre<T>, jour: number): T | undefined;
}

const FORME_DATE = /^\d{4}-\d{2}-\d{2}$/;

function conclusion(c: Record<string, unknown> | undefined): string | undefined {
  const signature = c?.dateSignature;
  if (typeof signature === "string" && FORME_DATE.test(signature)) return signature;
  const debut = c?.dateDebutContrat;
  if (typeof debut === "string" && FORME_DATE.test(debut)) return debut;
  return undefined;
}

/** Vue typée construite par `creerVueContrat` (forme fixe, méthodes partagées sur le prototype). */
class VueContratLue implements VueContrat {
  readonly debutContrat: number;
  readonly debutContratIso: string | undefined;
  readonly finContrat: number;
  readonly signature: number;
  readonly signatureIso: string | undefined;
  readonly effetAvenant: number;
  readonly debutFormationPratique: number;
  readonly naissanceApprenti: number;
  readonly naissanceMaitre1: number;
  readonly naissanceMaitre2: number;
  readonly maitre2Renseigne: boolean;
  readonly debutFormation: number;
  readonly finFormation: number;
  readonly typeContrat: string | undefined;
  readonly conclusion: string | undefined;
  readonly conclusionJour: number;
  remuneration: RemunerationVue | null | undefined = undefined;

  constructor(
    readonly contrat: object,
    readonly evaluation: number,
    private readonly parametres: ParametresExecution,
  ) {
    const c = objet((contrat as Record<string, unknown>).contrat);
    const a = objet((contrat as Record<string, unknown>).apprenti);
    const f = objet((contrat as Record<string, unknown>).formation);
    const m1 = objet((contrat as Record<string, unknown>).maitre1);
    const m2 = objet((contrat as Record<string, unknown>).maitre2);
    const type = c?.typeContratApp;
    const debutContrat = joursDepuisEpoque(c?.dateDebutContrat);
    const signature = joursDepuisEpoque(c?.dateSignature);
    this.debutContrat = debutContrat;
    this.debutContratIso = Number.isNaN(debutContrat) ? undefined : (c?.dateDebutContrat as string);
    this.finContrat = joursDepuisEpoque(c?.dateFinContrat);
    this.signature = signature;
    this.signatureIso = Number.isNaN(signature) ? undefined : (c?.dateSignature as string);
    this.effetAvenant = joursDepuisEpoque(c?.dateEffetAvenant);
    this.debutFormationPratique = joursDepuisEpoque(c?.dateDebutFormationPratique);
    this.naissanceApprenti = joursDepuisEpoque(a?.dateNaissance);
    this.naissanceMaitre1 = joursDepuisEpoque(m1?.dateNaissance);
    this.naissanceMaitre2 = joursDepuisEpoque(m2?.dateNaissance);
    this.maitre2Renseigne = m2 !== undefined && (estRenseigne(m2.nom) || estRenseigne(m2.prenom) || estRenseigne(m2.dateNaissance));
    this.debutFormation = joursDepuisEpoque(f?.dateDebutFormation);
    this.finFormation = joursDepuisEpoque(f?.dateFinFormation);
    this.typeContrat = typeof type === "string" ? type : undefined;
    const date = conclusion(c);
    this.conclusion = date;
    this.conclusionJour = date === undefined ? Number.NaN : date === this.signatureIso ? signature : date === this.debutContratIso ? debutContrat : joursDepuisEpoque(date);
  }

  parametre<T>(parametre: Parametre<T>, date: string | undefined): T | undefined {
    return this.parametres.valeur(parametre, date);
  }

  parametreAuJour<T>(parametre: Parametre<T>, jour: number): T | undefined {
    return this.parametres.auJour(parametre, jour);
  }
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
  return new VueContratLue(contrat, evaluation, parametres);
}

function objet(v: unknown): Record<string, unknown> | undefined {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}
