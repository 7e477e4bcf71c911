import type { Context } from "hono";
import type { EnvService } from "./EnvService";

/** Message HTTP entrant du serveur Node (`@hono/node-server`), quand la requête en vient. */
interface MessageEntrant {
  readonly headers?: Record<string, string | string[] | undefined>;
  readonly socket?: { readonly remoteAddress?: string };
}

/**
 * Message entrant Node de la requête (`c.env.incoming` sous `@hono/node-server`), ou `undefined`
 * (requête construite en mémoire, par exemple `app.request()` dans les tests).
 *
 * @example
 * ```ts
 * const adresse = entrante(c)?.socket?.remoteAddress ?? "locale";
 * ```
 */
export function entrante(c: Context<EnvService>): MessageEntrant | undefined {
  return (c.env as { incoming?: MessageEntrant } | undefined)?.incoming;
}

/**
 * Valeur d'un en-tête de la requête (nom en minuscules). Sous le serveur Node, lue directement dans
 * les en-têtes déjà analysés du message entrant : sans construire l'objet `Headers` de la requête web
 * (une copie de tous les en-têtes à chaque requête) ; sinon, par `c.req.header`.
 *
 * @example
 * ```ts
 * const id = lireEntete(c, "x-request-id");
 * ```
 */
export function lireEntete(c: Context<EnvService>, nom: string): string | undefined {
  const entetes = entrante(c)?.headers;
  if (entetes === undefined) return c.req.header(nom);
  const valeur = entetes[nom];
  return Array.isArray(valeur) ? valeur.join(", ") : valeur;
}
