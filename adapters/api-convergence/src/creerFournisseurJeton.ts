import ky, { HTTPError } from "ky";
import type { AuthentificationApiConvergence } from "./AuthentificationApiConvergence.js";
import { creerPreuveDpop } from "./creerPreuveDpop.js";
import { ErreurApiConvergence } from "./ErreurApiConvergence.js";

/**
 * Jeton d'accès : sa valeur et son type (`Bearer`, ou `DPoP` pour un jeton lié à la clé
 * du client, qui exige une preuve DPoP sur chaque requête).
 *
 * @example
 * ```ts
 * const j: JetonAcces = { valeur: "eyJ…", type: "Bearer" };
 * ```
 */
export interface JetonAcces {
  readonly valeur: string;
  readonly type: "Bearer" | "DPoP";
}

/**
 * Fournisseur de jeton OAuth2 avec cache : `jeton()` renvoie le jeton en cache tant
 * qu'il n'expire pas (moins une marge), sinon en demande un nouveau (une seule demande
 * à la fois) ; `invalider()` l'oublie (après un 401).
 *
 * @example
 * ```ts
 * const fournisseur = creerFournisseurJeton(authentification, { horloge: () => Date.now() });
 * const jeton = await fournisseur.jeton();
 * ```
 */
export interface FournisseurJeton {
  jeton(): Promise<JetonAcces | undefined>;
  invalider(): void;
}

/**
 * Options du fournisseur de jeton : horloge injectée (ms), marge avant expiration
 * (60 s par défaut), `fetch` et nouvelles tentatives (429/5xx).
 *
 * @example
 * ```ts
 * const o: OptionsFournisseurJeton = { horloge: () => 0, margeSecondes: 30 };
 * ```
 */
export interface OptionsFournisseurJeton {
  readonly horloge: () => number;
  readonly margeSecondes?: number;
  readonly fetch?: typeof fetch;
  readonly tentatives?: number;
  readonly attenteMaxMs?: number;
  readonly pauseTentativeMs?: number;
  readonly delaiMs?: number;
}

/**
 * Crée le fournisseur de jeton d'une authentification API Convergence : aucun jeton pour
 * `cle_api` ; `client_credentials` (formulaire `grant_type`, `client_id`,
 * `client_secret`, `scope` seulement s'il est défini) pour `oauth2` ; même demande avec
 * en-tête `DPoP` pour `dpop`. Les erreurs ne citent jamais le secret ni le jeton.
 *
 * @example
 * ```ts
 * const f = creerFournisseurJeton({ type: "oauth2", urlJeton, clientId: "cfa", clientSecret: "s", scope: "api.read api.write" }, { horloge: Date.now });
 * ```
 */
export function creerFournisseurJeton(authentification: AuthentificationApiConvergence, options: OptionsFournisseurJeton): FournisseurJeton {
  let cache: { jeton: JetonAcces; expireA: number } | undefined;
  let enCours: Promise<JetonAcces> | undefined;
  const marge = (options.margeSecondes ?? 60) * 1000;

  const demander = async (): Promise<JetonAcces> => {
    if (authentification.type === "cle_api") throw new Error("inatteignable");
    const formulaire = new URLSearchParams({ grant_type: "client_credentials", client_id: authentification.clientId });
    if (authentification.clientSecret !== undefined) formulaire.set("client_secret", authentification.clientSecret);
    if (authentification.scope !== undefined) formulaire.set("scope", authentification.scope);
    const entetes: Record<string, string> = { accept: "application/json" };
    if (authentification.type === "dpop") {
      entetes["DPoP"] = creerPreuveDpop({ clePrivee: authentification.clePrivee, methode: "POST", url: authentification.urlJeton, instantMs: options.horloge() });
    }
    const chemin = new URL(authentification.urlJeton).pathname;
    let texte: string;
    try {
      texte = await ky
        .post(authentification.urlJeton, {
          body: formulaire,
          headers: entetes,
          retry: { limit: options.tentatives ?? 2, methods: ["post"], statusCodes: [429, 500, 502, 503, 504], afterStatusCodes: [429, 503], ...(options.attenteMaxMs === undefined ? {} : { maxRetryAfter: options.attenteMaxMs }), ...(options.pauseTentativeMs === undefined ? {} : { delay: () => options.pauseTentativeMs ?? 0 }) },
          timeout: options.delaiMs ?? 30_000,
          ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
        })
        .text();
    } catch (e) {
      if (e instanceof HTTPError) {
        const statut = e.response.status;
        const code = statut === 400 || statut === 401 || statut === 403 ? "authentification" : "http";
        throw new ErreurApiConvergence(code, "jeton", `Demande de jeton refusée (POST ${chemin}, HTTP ${statut}).`, statut);
      }
      throw new ErreurApiConvergence("reseau", "jeton", `Demande de jeton impossible (POST ${chemin}) : serveur injoignable ou délai dépassé.`);
    }
    let corps: unknown;
    try {
      corps = JSON.parse(texte) as unknown;
    } catch {
      throw new ErreurApiConvergence("reponse_illisible", "jeton", `Réponse de jeton illisible (POST ${chemin}) : JSON attendu.`);
    }
    const jeton = typeof corps === "object" && corps !== null ? (corps as Record<string, unknown>)["access_token"] : undefined;
    const duree = typeof corps === "object" && corps !== null ? (corps as Record<string, unknown>)["expires_in"] : undefined;
    if (typeof jeton !== "string" || jeton === "") {
      throw new ErreurApiConvergence("reponse_illisible", "jeton", `Réponse de jeton sans « access_token » (POST ${chemin}).`);
    }
    const secondes = typeof duree === "number" ? duree : Number(duree);
    const typeJeton = (corps as Record<string, unknown>)["token_type"];
    const acces: JetonAcces = { valeur: jeton, type: typeof typeJeton === "string" && typeJeton.toLowerCase() === "dpop" ? "DPoP" : "Bearer" };
    cache = { jeton: acces, expireA: options.horloge() + (Number.isFinite(secondes) && secondes > 0 ? secondes * 1000 : 0) };
    return acces;
  };

  return {
    async jeton() {
      if (authentification.type === "cle_api") return undefined;
      if (cache !== undefined && options.horloge() < cache.expireA - marge) return cache.jeton;
      enCours ??= demander().finally(() => {
        enCours = undefined;
      });
      return enCours;
    },
    invalider() {
      cache = undefined;
    },
  };
}
