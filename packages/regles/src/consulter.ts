import type { Consultation, EtapesRegle } from "./Consultation";

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
export function* consulter<T>(port: string, methode: string, ...args: unknown[]): EtapesRegle<T> {
  const consultation: Consultation = { port, methode, arguments: args };
  return (yield consultation) as T;
}
