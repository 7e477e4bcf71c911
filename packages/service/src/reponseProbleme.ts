import { ErreurProbleme } from "./ErreurProbleme";

/** Type des problèmes : une ancre de la documentation du service, par code HTTP. */
const TYPE_PROBLEME = "https://communs-opco.github.io/communs-opco/service#probleme-";

/**
 * Réponse `application/problem+json` (RFC 9457) d'une {@link ErreurProbleme} : `type`, `title`,
 * `status`, `detail`, `instance` (identifiant de la requête) et les extensions. Jamais de texte
 * d'erreur brut d'une bibliothèque.
 *
 * @example
 * ```ts
 * return reponseProbleme(new ErreurProbleme(415, "Type de contenu non pris en charge", "application/json attendu"), "req-1");
 * ```
 */
export function reponseProbleme(erreur: ErreurProbleme, idRequete: string | undefined): Response {
  const corps = {
    type: `${TYPE_PROBLEME}${erreur.statut}`,
    title: erreur.titre,
    status: erreur.statut,
    detail: erreur.detail,
    ...(idRequete === undefined ? {} : { instance: `urn:requete:${idRequete}` }),
    ...erreur.extensions,
  };
  return new Response(JSON.stringify(corps), {
    status: erreur.statut,
    headers: { "content-type": "application/problem+json; charset=utf-8", ...erreur.entetes },
  });
}
