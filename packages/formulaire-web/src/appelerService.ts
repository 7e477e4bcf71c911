import { ErreurService } from "./ErreurService";

/**
 * Appelle le service et rend la réponse si elle est un succès ; sinon lève une `ErreurService`
 * dont le message reprend le titre et le détail du problème RFC 9457 (jamais le texte brut d'une
 * bibliothèque).
 *
 * @example
 * ```ts
 * const reponse = await appelerService(`${base}/v1/offres?opco=akto`, {}, "la recherche des offres");
 * ```
 */
export async function appelerService(url: string, init: RequestInit, action: string): Promise<Response> {
  let reponse: Response;
  try {
    reponse = await fetch(url, init);
  } catch {
    throw new ErreurService(`Service injoignable pendant ${action} : vérifier l'adresse du service et la connexion.`, 0);
  }
  if (reponse.ok) return reponse;
  let detail = "";
  try {
    const probleme = (await reponse.json()) as { title?: unknown; detail?: unknown };
    detail = [probleme.title, probleme.detail].filter((x): x is string => typeof x === "string" && x !== "").join(" : ");
  } catch {
    detail = "";
  }
  throw new ErreurService(`Échec de ${action} (statut ${String(reponse.status)})${detail === "" ? "." : ` : ${detail}`}`, reponse.status);
}

/**
 * Lit le corps JSON d'une réponse réussie ; un corps illisible donne une `ErreurService`.
 *
 * @example
 * ```ts
 * const corps = await lireJsonService<{ offres: Offre[] }>(reponse, "la recherche des offres");
 * ```
 */
export async function lireJsonService<T>(reponse: Response, action: string): Promise<T> {
  try {
    return (await reponse.json()) as T;
  } catch {
    throw new ErreurService(`Réponse illisible du service pendant ${action}.`, reponse.status);
  }
}
