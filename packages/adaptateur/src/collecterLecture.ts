import type { BilanLecture } from "./BilanLecture.js";
import type { EmplacementSource } from "./EmplacementSource.js";
import type { ErreurLecture } from "./ErreurLecture.js";
import type { ResultatLecteur } from "./ResultatLecteur.js";

/**
 * Parcourt entièrement un flux de résultats de lecteur et en fait le bilan
 * (enregistrements, erreurs, compteurs qui s'additionnent).
 *
 * @example
 * ```ts
 * const bilan = await collecterLecture(adaptateur.lire(source));
 * console.log(`${bilan.lus} lus, ${bilan.illisibles} illisibles sur ${bilan.total}`);
 * ```
 */
export async function collecterLecture<T>(resultats: AsyncIterable<ResultatLecteur<T>> | Iterable<ResultatLecteur<T>>): Promise<BilanLecture<T>> {
  const enregistrements: { valeur: T; source: EmplacementSource }[] = [];
  const erreurs: ErreurLecture[] = [];
  for await (const r of resultats) {
    if (r.ok) enregistrements.push({ valeur: r.valeur, source: r.source });
    else erreurs.push(r.erreur);
  }
  return {
    enregistrements,
    erreurs,
    total: enregistrements.length + erreurs.length,
    lus: enregistrements.length,
    illisibles: erreurs.length,
  };
}
