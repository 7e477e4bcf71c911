import type { OpenAPIHono } from "@hono/zod-openapi";
import type { ContexteService } from "./ContexteService";
import type { EnvService } from "./EnvService";

/**
 * Un module de routes du service : il déclare ses routes (documentation OpenAPI générée de ses
 * schémas zod, avec {@link monterRoute}) sur l'application. Point d'extension : un autre paquet
 * (signature PAdES, offres LBA, fichiers du formulaire…) fournit un module, et l'application le
 * reçoit dans `creerApplication(configuration, { modules: [...modulesStandard, monModule] })`.
 *
 * @example
 * ```ts
 * export const routesBonjour: ModuleRoutes = {
 *   nom: "bonjour",
 *   monter(app) {
 *     monterRoute(app, createRoute({ method: "get", path: "/v1/bonjour", responses: { 200: { description: "Bonjour" } } }), (c) => c.text("bonjour"));
 *   },
 * };
 * ```
 */
export interface ModuleRoutes {
  readonly nom: string;
  monter(app: OpenAPIHono<EnvService>, contexte: ContexteService): void;
}
