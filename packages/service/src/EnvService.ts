import type { CleApi } from "./CleApi";

/**
 * Variables d'une requête dans l'application Hono : identifiant de requête, clé d'API reconnue,
 * titulaire (OPCO de la clé, ou `anonyme`), mode des données personnelles et nombre de contrats contrôlés (usage, métriques).
 *
 * @example
 * ```ts
 * const app = new OpenAPIHono<EnvService>();
 * ```
 */
export interface EnvService {
  Variables: {
    idRequete: string;
    cle: CleApi | undefined;
    titulaire: string;
    contrats: number;
    /** Vrai quand la requête a obtenu ses données personnelles en clair (`?enClair=true`, permis au démarrage). */
    enClair: boolean;
  };
}
