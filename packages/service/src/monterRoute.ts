import type { OpenAPIHono, RouteConfig } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { EnvService } from "./EnvService";

/**
 * Déclare une route : sa description OpenAPI (générée des schémas zod de `route`) dans le document
 * et son traitement. Le traitement lit et valide lui-même son entrée (`lireJson`, `valider`) pour
 * répondre en `application/problem+json` français (400 avec ligne et colonne, 413, 415, 422).
 *
 * @example
 * ```ts
 * monterRoute(app, createRoute({ method: "get", path: "/v1/formats", responses: { 200: { description: "…" } } }), (c) => c.json(decrireFormats()));
 * ```
 */
export function monterRoute(app: OpenAPIHono<EnvService>, route: RouteConfig, traitement: (c: Context<EnvService>) => Response | Promise<Response>): void {
  app.openAPIRegistry.registerPath(route);
  const chemin = route.path.replace(/\{([^}]+)\}/g, ":$1");
  app.on(route.method.toUpperCase(), chemin, traitement);
}
