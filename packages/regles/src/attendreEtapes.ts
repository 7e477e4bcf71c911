import type { EtapesRegle } from "./Consultation";

/**
 * Déroule des étapes en attendant chaque port de `ports` (méthodes asynchrones ou non) ; une
 * source qui rejette ou lève rend l'exception aux étapes, à l'endroit de la consultation.
 *
 * @example
 * ```ts
 * const c = await attendreEtapes(etapesCertificationDuContrat(contrat), { referentiel });
 * ```
 */
export async function attendreEtapes<R>(etapes: EtapesRegle<R>, ports: Record<string, unknown>): Promise<R> {
  let pas = etapes.next();
  while (pas.done !== true) {
    const { port, methode, arguments: args } = pas.value;
    let reponse: unknown;
    try {
      const cible = ports[port] as Record<string, (...a: unknown[]) => unknown>;
      reponse = await (cible[methode] as (...a: unknown[]) => unknown).apply(cible, args as unknown[]);
    } catch (erreur) {
      pas = etapes.throw(erreur);
      continue;
    }
    pas = etapes.next(reponse);
  }
  return pas.value;
}
