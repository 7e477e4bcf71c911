import type { Parametre } from "@communs-opco/parametres";
import { creerVueContrat, type VueContrat } from "@communs-opco/regles";

/**
 * Vue typée d'un contrat dont les dates ne sont lues (par `creerVueContrat`) qu'à la première
 * demande : une garde qui ne lit que `contrat` (gardes des règles de format) ne paie pas la lecture
 * des onze dates. Toute autre propriété rend exactement ce que rendrait `creerVueContrat`.
 */
class VueContratParesseuse implements VueContrat {
  #vue: VueContrat | undefined = undefined;

  constructor(
    readonly contrat: object,
    readonly evaluation: number,
  ) {}

  #lue(): VueContrat {
    this.#vue ??= creerVueContrat(this.contrat, this.evaluation);
    return this.#vue;
  }

  get debutContrat(): number {
    return this.#lue().debutContrat;
  }
  get debutContratIso(): string | undefined {
    return this.#lue().debutContratIso;
  }
  get finContrat(): number {
    return this.#lue().finContrat;
  }
  get signature(): number {
    return this.#lue().signature;
  }
  get signatureIso(): string | undefined {
    return this.#lue().signatureIso;
  }
  get effetAvenant(): number {
    return this.#lue().effetAvenant;
  }
  get debutFormationPratique(): number {
    return this.#lue().debutFormationPratique;
  }
  get naissanceApprenti(): number {
    return this.#lue().naissanceApprenti;
  }
  get naissanceMaitre1(): number {
    return this.#lue().naissanceMaitre1;
  }
  get naissanceMaitre2(): number {
    return this.#lue().naissanceMaitre2;
  }
  get maitre2Renseigne(): boolean {
    return this.#lue().maitre2Renseigne;
  }
  get debutFormation(): number {
    return this.#lue().debutFormation;
  }
  get finFormation(): number {
    return this.#lue().finFormation;
  }
  get typeContrat(): string | undefined {
    return this.#lue().typeContrat;
  }
  get conclusion(): string | undefined {
    return this.#lue().conclusion;
  }
  get conclusionJour(): number {
    return this.#lue().conclusionJour;
  }
  get remuneration(): VueContrat["remuneration"] {
    return this.#lue().remuneration;
  }
  set remuneration(valeur: VueContrat["remuneration"]) {
    this.#lue().remuneration = valeur;
  }

  parametre<T>(parametre: Parametre<T>, date: string | undefined): T | undefined {
    return this.#lue().parametre(parametre, date);
  }

  parametreAuJour<T>(parametre: Parametre<T>, jour: number): T | undefined {
    return this.#lue().parametreAuJour(parametre, jour);
  }
}

/**
 * Vue typée d'un contrat pour une garde compilée, dates lues seulement si la garde les demande
 * (mêmes valeurs que `creerVueContrat`).
 *
 * @example
 * ```ts
 * regleFormatSiret.garde?.(vueContratParesseuse(contrat, Number.NaN)); // ne lit que les SIRET
 * ```
 */
export function vueContratParesseuse(contrat: object, evaluation: number): VueContrat {
  return new VueContratParesseuse(contrat, evaluation);
}
