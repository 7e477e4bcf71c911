import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { EnvService } from "../src/EnvService";

/**
 * Valideur des réponses réelles contre le document OpenAPI 3.1 du service (JSON Schema 2020-12) :
 * le schéma de la réponse (chemin, méthode, statut, type de contenu) est compilé depuis le document.
 */
export class DocumentOpenApi {
  readonly document: Record<string, any>;
  readonly #ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });

  constructor(document: Record<string, any>) {
    this.document = document;
    (addFormats as unknown as (ajv: Ajv2020) => void)(this.#ajv);
    this.#ajv.addSchema({ ...document, $id: "https://communs-opco.invalid/openapi.json" });
  }

  static async depuis(app: OpenAPIHono<EnvService>): Promise<DocumentOpenApi> {
    return new DocumentOpenApi((await (await app.request("/openapi.json")).json()) as Record<string, any>);
  }

  /** Lève si `corps` ne suit pas le schéma documenté ; rend le nombre de réponses documentées vérifiées. */
  verifier(methode: string, chemin: string, statut: number, typeContenu: string, corps: unknown): void {
    const operation = this.document.paths?.[chemin]?.[methode.toLowerCase()];
    if (operation === undefined) throw new Error(`route non documentée : ${methode} ${chemin}`);
    const reponse = operation.responses?.[String(statut)];
    if (reponse === undefined) throw new Error(`statut ${statut} non documenté pour ${methode} ${chemin}`);
    const type = typeContenu.split(";")[0]!.trim();
    if (reponse.content?.[type] === undefined) throw new Error(`type ${type} non documenté pour ${methode} ${chemin} ${statut}`);
    const pointeur = ["paths", chemin, methode.toLowerCase(), "responses", String(statut), "content", type, "schema"].map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");
    const valider = this.#ajv.compile({ $ref: `https://communs-opco.invalid/openapi.json#/${pointeur}` });
    if (!valider(corps)) throw new Error(`réponse ${methode} ${chemin} ${statut} hors contrat : ${this.#ajv.errorsText(valider.errors)}`);
  }
}
