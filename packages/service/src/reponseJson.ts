import type { Context } from "hono";
import type { EnvService } from "./EnvService";

/**
 * Réponse JSON 200 d'une route, écrite **en une fois** : son corps (texte JSON déjà sérialisé, ou ses octets UTF-8), ses
 * propres en-têtes et ceux que le service pose sur chaque réponse (identifiant de requête,
 * `RateLimit-*`, connus avant le traitement) dans un seul objet simple, que le serveur Node écrit tel
 * quel (sans objet `Headers` recopié ni en-têtes ajoutés après coup). Quand ces en-têtes ne sont pas
 * connus d'avance (CORS configuré), la réponse passe par le contexte Hono et le service complète ses
 * en-têtes comme pour toute route.
 *
 * @example
 * ```ts
 * return reponseJson(c, JSON.stringify({ statut: "conforme", constats: [] }), { "donnees-personnelles": "masquees" });
 * ```
 */
export function reponseJson(c: Context<EnvService>, texte: string | Uint8Array, entetes: Record<string, string>): Response {
  const communs = c.get("entetes");
  if (communs === undefined) {
    for (const nom in entetes) c.header(nom, entetes[nom]);
    c.header("content-type", "application/json");
    return typeof texte === "string" ? c.body(texte) : c.body(texte as Uint8Array<ArrayBuffer>);
  }
  const reponse = new Response(texte, { status: 200, headers: { "content-type": "application/json", ...entetes, ...communs } });
  c.set("reponseComplete", reponse);
  return reponse;
}
