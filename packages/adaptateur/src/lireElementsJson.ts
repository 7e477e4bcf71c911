import { analyserJson } from "./analyserJson.js";
import { pointeurJson } from "./pointeurJson.js";
import { PROFONDEUR_JSON_MAX, profondeurJsonExcede } from "./profondeurJsonExcede.js";
import type { ResultatLecteur } from "./ResultatLecteur.js";
import type { SourceDonnees } from "./SourceDonnees.js";

/**
 * Squelette commun des lecteurs JSON : analyse le fichier (une erreur d'encodage, de syntaxe
 * ou un fichier vide donne un seul résultat en erreur), demande à `elements` les éléments de
 * la racine avec leur chemin (`segments`), puis lit chacun avec `lire`, qui reçoit le fichier
 * et le pointeur JSON de l'élément. Un résultat par élément : rien n'est perdu ni levé. Un
 * élément imbriqué sur plus de {@link PROFONDEUR_JSON_MAX} niveaux, ou dont la lecture lève une
 * exception, devient une erreur située (`enregistrement_invalide`, avec son pointeur) et la
 * lecture continue avec l'élément suivant.
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
  let liste: Iterable<E>;
  try {
    liste = elements(analyse.valeur);
  } catch {
    yield { ok: false, erreur: { code: "structure_invalide", message: "Structure du fichier JSON illisible.", source: { fichier: source.nom } } };
    return;
  }
  for (const element of liste) {
    const pointeur = pointeurJson(element.segments);
    const emplacement = { fichier: source.nom, pointeur };
    if ("valeur" in element && profondeurJsonExcede((element as { valeur?: unknown }).valeur)) {
      yield { ok: false, erreur: { code: "enregistrement_invalide", message: `Structure JSON trop profonde (plus de ${PROFONDEUR_JSON_MAX} niveaux d'imbrication).`, source: emplacement } };
      continue;
    }
    let resultat: ResultatLecteur<T>;
    try {
      resultat = lire(element, emplacement);
    } catch {
      resultat = { ok: false, erreur: { code: "enregistrement_invalide", message: "Enregistrement illisible : sa lecture a échoué.", source: emplacement } };
    }
    yield resultat;
  }
}
