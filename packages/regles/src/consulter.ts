import type { Consultation, EtapesRegle } from "./Consultation";

/**
 * Une consultation en cours, qui se déroule exactement comme le générateur
 * `function* () { return yield consultation; }` sans en avoir le coût (chemin chaud des
 * vérifications avant paiement : une vingtaine de consultations par contrat). Un seul objet est à
 * la fois l'itérateur que parcourt `yield*`, le résultat de chacun de ses deux pas et la
 * consultation cédée au moteur (valeur du premier pas) ; `yield*` et les moteurs lisent chaque
 * résultat avant de reprendre l'itérateur, le réemployer est donc sans risque. Une exception reçue
 * (`throw`, source qui lève ou rejette) est rendue telle quelle à la règle, à l'endroit de la
 * consultation, comme le ferait le générateur.
 */
class ConsultationEnCours implements Consultation {
  readonly port: string;
  readonly methode: string;
  readonly arguments: readonly unknown[];
  /** Valeur du pas en cours : la consultation elle-même (premier pas), puis la réponse du port. */
  value: unknown = undefined;
  done = false;
  #cedee = false;

  constructor(port: string, methode: string, args: readonly unknown[]) {
    this.port = port;
    this.methode = methode;
    this.arguments = args;
  }

  next(reponse?: unknown): IteratorResult<Consultation, unknown> {
    if (!this.#cedee) {
      // premier pas : céder la consultation (le `yield` du générateur)
      this.#cedee = true;
      this.value = this;
    } else {
      // second pas : la réponse du port devient la valeur de `yield* consulter(…)`
      this.value = reponse;
      this.done = true;
    }
    return this as IteratorResult<Consultation, unknown>;
  }

  throw(erreur: unknown): never {
    this.#cedee = true;
    this.value = undefined;
    this.done = true;
    throw erreur;
  }

  return(valeur?: unknown): IteratorResult<Consultation, unknown> {
    this.#cedee = true;
    this.value = valeur;
    this.done = true;
    return this as IteratorResult<Consultation, unknown>;
  }

  [Symbol.iterator](): this {
    return this;
  }
}

/**
 * Consulte un port depuis les étapes d'une règle (`yield* consulter(…)`) : cède la consultation au
 * moteur et rend sa réponse, du type `T` annoncé par le port. Une source qui lève ou rejette rend
 * l'exception à la règle, à l'endroit de la consultation, comme un `await` le ferait.
 *
 * @example
 * ```ts
 * const r = yield* consulter<ReponseReferentielContrat<{ ouvert: boolean | null }>>("referentiel", "organisme", siret);
 * ```
 */
export function consulter<T>(port: string, methode: string, ...args: unknown[]): EtapesRegle<T> {
  return new ConsultationEnCours(port, methode, args) as unknown as EtapesRegle<T>;
}
