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
    /**
     * En-têtes que le service pose sur chaque réponse (identifiant de requête, `RateLimit-*`), connus
     * avant le traitement : une route qui les reçoit écrit sa réponse en une fois (`reponseJson`).
     * Absents quand un autre intergiciel (CORS) prépare ses propres en-têtes.
     */
    entetes: Record<string, string> | undefined;
    /** Réponse écrite par `reponseJson` avec tous ses en-têtes : rien à y ajouter après coup. */
    reponseComplete: Response | undefined;
  };
}
