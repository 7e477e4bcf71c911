import { protegerTexte, protegerValeur } from "@communs-opco/cli";
import { ErreurProbleme } from "./ErreurProbleme";

/** Type des problèmes : une ancre de la documentation du service, par code HTTP. */
const TYPE_PROBLEME = "https://communs-opco.github.io/communs-opco/service#probleme-";

/**
 * Réponse `application/problem+json` (RFC 9457) d'une {@link ErreurProbleme} : `type`, `title`,
 * `status`, `detail`, `instance` (identifiant de la requête) et les extensions. Jamais de texte
 * d'erreur brut d'une bibliothèque. Le détail et les extensions citent parfois des valeurs reçues :
 * leurs données personnelles sont masquées sauf `enClair` (requête `?enClair=true` permise), et
 * l'en-tête `Donnees-Personnelles` le dit.
 *
 * @example
 * ```ts
 * return reponseProbleme(new ErreurProbleme(415, "Type de contenu non pris en charge", "application/json attendu"), "req-1", false);
 * ```
 */
export function reponseProbleme(erreur: ErreurProbleme, idRequete: string | undefined, enClair = false): Response {
  const { statut, corps, entetes } = problemeHttp(erreur, idRequete, enClair);
  return new Response(corps, { status: statut, headers: entetes });
}

/**
 * Statut, corps (texte JSON) et en-têtes de la réponse `application/problem+json` d'une
 * {@link ErreurProbleme} : la seule construction d'un problème, que la réponse web
 * ({@link reponseProbleme}) et l'écriture directe sur le serveur Node reprennent telle quelle.
 *
 * @example
 * ```ts
 * const { statut, corps, entetes } = problemeHttp(new ErreurProbleme(413, "Corps de requête trop volumineux", "…"), "req-1", false);
 * ```
 */
export function problemeHttp(erreur: ErreurProbleme, idRequete: string | undefined, enClair = false): { statut: number; corps: string; entetes: Record<string, string> } {
  const corps = {
    type: `${TYPE_PROBLEME}${erreur.statut}`,
    title: erreur.titre,
    status: erreur.statut,
    detail: protegerTexte(erreur.detail, enClair),
    ...(idRequete === undefined ? {} : { instance: `urn:requete:${idRequete}` }),
    ...(protegerValeur(erreur.extensions, enClair) as Record<string, unknown>),
  };
  return {
    statut: erreur.statut,
    corps: JSON.stringify(corps),
    entetes: { "content-type": "application/problem+json; charset=utf-8", "donnees-personnelles": enClair ? "en-clair" : "masquees", ...erreur.entetes },
  };
}
