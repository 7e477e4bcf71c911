import { ErreurService } from "./ErreurService";

/** Délai maximal par défaut d'un appel au service (réponse complète comprise). */
const DELAI_PAR_DEFAUT_MS = 60_000;

function estInterruption(e: unknown): boolean {
  return e instanceof Error && (e.name === "TimeoutError" || e.name === "AbortError");
}

/**
 * Appelle le service et rend la réponse si elle est un succès ; sinon lève une `ErreurService`
 * en français : titre et détail du problème RFC 9457 renvoyé, délai d'attente conseillé d'un 429
 * (`Retry-After`), service injoignable ou muet au-delà du délai (jamais le texte brut d'une
 * bibliothèque). Le délai couvre aussi la lecture du corps (`lireJsonService`).
 *
 * @example
 * ```ts
 * const reponse = await appelerService(`${base}/v1/offres?opco=akto`, {}, "la recherche des offres");
 * ```
 */
export async function appelerService(url: string, init: RequestInit, action: string, delaiMs = DELAI_PAR_DEFAUT_MS): Promise<Response> {
  let reponse: Response;
  try {
    reponse = await fetch(url, { ...init, signal: AbortSignal.timeout(delaiMs) });
  } catch (e) {
    if (estInterruption(e)) throw new ErreurService(`Le service n'a pas répondu à temps pendant ${action} (plus de ${String(Math.round(delaiMs / 1000))} s).`, 0);
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
  const attente = reponse.status === 429 ? reponse.headers.get("retry-after") : null;
  const conseil = attente !== null && /^\d{1,6}$/.test(attente) ? ` Réessayer dans ${attente} s.` : reponse.status === 429 ? " Réessayer dans un instant." : "";
  throw new ErreurService(`Échec de ${action} (statut ${String(reponse.status)})${detail === "" ? "." : ` : ${detail}`}${conseil}`, reponse.status);
}

/**
 * Lit le corps JSON d'une réponse réussie ; un corps illisible, interrompu ou hors délai donne une
 * `ErreurService`.
 *
 * @example
 * ```ts
 * const corps = await lireJsonService<{ offres: Offre[] }>(reponse, "la recherche des offres");
 * ```
 */
export async function lireJsonService<T>(reponse: Response, action: string): Promise<T> {
  try {
    return (await reponse.json()) as T;
  } catch (e) {
    if (estInterruption(e)) throw new ErreurService(`Réponse du service interrompue (délai dépassé) pendant ${action}.`, reponse.status);
    throw new ErreurService(`Réponse illisible du service pendant ${action}.`, reponse.status);
  }
}
