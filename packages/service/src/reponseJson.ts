import type { Context } from "hono";
import type { EnvService } from "./EnvService";

/**
 * Réponse JSON 200 d'une route, écrite **en une fois** : son corps, ses propres en-têtes et ceux que
 * le service pose sur chaque réponse (identifiant de requête, `RateLimit-*`, connus avant le
 * traitement) dans un seul objet simple, que le serveur Node écrit tel quel (sans objet `Headers`
 * recopié ni en-têtes ajoutés après coup). Quand ces en-têtes ne sont pas connus d'avance (CORS
 * configuré), la réponse passe par `c.json` et le service complète ses en-têtes comme pour toute route.
 *
 * @example
 * ```ts
 * return reponseJson(c, { statut: "conforme", constats: [] }, { "donnees-personnelles": "masquees" });
 * ```
 */
export function reponseJson(c: Context<EnvService>, corps: unknown, entetes: Record<string, string>): Response {
  const communs = c.get("entetes");
  if (communs === undefined) {
    for (const nom in entetes) c.header(nom, entetes[nom]);
    return c.json(corps);
  }
  const reponse = new Response(JSON.stringify(corps), { status: 200, headers: { "content-type": "application/json", ...entetes, ...communs } });
  c.set("reponseComplete", reponse);
  return reponse;
}
