import { encoderTexte, type ResultatEcriture } from "@communs-opco/adaptateur";
import type { Dossier } from "@communs-opco/schemas";
import { dossierApiConvergence, pertesApiConvergence, type OptionsEcritureApiConvergence } from "./dossierApiConvergence.js";

/**
 * Écrit des dossiers standard en détails de dossiers API Convergence (voir
 * {@link dossierApiConvergence}) : un objet pour un seul dossier (corps de
 * `POST /v2/dossiers`), une liste sinon ; `nonTransportes` liste les chemins perdus.
 *
 * @example
 * ```ts
 * const r = await ecrireApiConvergence([dossier], { version: "v1", formeDate: "+0000" });
 * ```
 */
export async function ecrireApiConvergence(
  enregistrements: Iterable<Dossier> | AsyncIterable<Dossier>,
  options: OptionsEcritureApiConvergence = {},
): Promise<ResultatEcriture> {
  const sorties: Record<string, unknown>[] = [];
  const pertes = new Set<string>();
  for await (const dossier of enregistrements) {
    sorties.push(dossierApiConvergence(dossier, options));
    for (const chemin of pertesApiConvergence(dossier, options.version ?? "v2")) pertes.add(chemin);
  }
  return {
    octets: encoderTexte(`${JSON.stringify(sorties.length === 1 ? sorties[0] : sorties, null, 2)}\n`),
    typeMime: "application/json",
    extension: ".json",
    nonTransportes: [...pertes].sort(),
  };
}
