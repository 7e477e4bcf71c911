import { analyserJson } from "./analyserJson.js";
import { pointeurJson } from "./pointeurJson.js";
import type { ResultatLecteur } from "./ResultatLecteur.js";
import type { SourceDonnees } from "./SourceDonnees.js";

/**
 * Squelette commun des lecteurs JSON : analyse le fichier (une erreur d'encodage, de syntaxe
 * ou un fichier vide donne un seul résultat en erreur), demande à `elements` les éléments de
 * la racine avec leur chemin (`segments`), puis lit chacun avec `lire`, qui reçoit le fichier
 * et le pointeur JSON de l'élément. Un résultat par élément : rien n'est perdu ni levé tant
 * que `elements` et `lire` ne lèvent pas.
 *
 * @example
 * ```ts
 * const lecteur = (source: SourceDonnees) =>
 *   lireElementsJson(
 *     source,
 *     (racine) => (Array.isArray(racine) ? racine.map((valeur, i) => ({ valeur, segments: [i] })) : [{ valeur: racine, segments: [] }]),
 *     (element, { fichier, pointeur }) => ({ ok: true, valeur: element.valeur, source: { fichier, pointeur } }),
 *   );
 * ```
 */
export async function* lireElementsJson<E extends { readonly segments: readonly (string | number)[] }, T>(
  source: SourceDonnees,
  elements: (racine: unknown) => Iterable<E>,
  lire: (element: E, emplacement: { fichier: string; pointeur: string }) => ResultatLecteur<T>,
): AsyncGenerator<ResultatLecteur<T>> {
  const analyse = analyserJson(source);
  if (!analyse.ok) {
    yield analyse;
    return;
  }
  for (const element of elements(analyse.valeur)) yield lire(element, { fichier: source.nom, pointeur: pointeurJson(element.segments) });
}
