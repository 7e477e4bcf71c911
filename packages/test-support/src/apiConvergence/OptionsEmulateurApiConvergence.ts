import type { KeyObject } from "node:crypto";
import type { OptionsEmulateur } from "../ServeurEmulateur";
import type { VariantesApiConvergence } from "./VariantesApiConvergence";

/**
 * Authentification imposée par l'émulateur API Convergence, en plus de `X-API-KEY` et
 * des en-têtes `EDITEUR` / `LOGICIEL` / `VERSION` :
 * - `cle_api` : rien de plus ;
 * - `oauth2` : jeton Bearer délivré en `client_credentials` sur `cheminJeton`
 *   (`/oauth2/token` par défaut ; AKTO : `/<tenant>/oauth2/v2.0/token`). `scope` :
 *   valeur exigée, `null` = la demande ne doit PAS porter de scope (OPCO EP),
 *   `undefined` = indifférent. `dpop` : preuve DPoP exigée et vérifiée avec la clé
 *   publique (AFDAS).
 *
 * @example
 * ```ts
 * const a: AuthentificationEmulee = { type: "oauth2", clientId: "cfa", clientSecret: "secret", scope: "api.read api.write" };
 * ```
 */
export type AuthentificationEmulee =
  | { readonly type: "cle_api" }
  | {
      readonly type: "oauth2";
      readonly clientId: string;
      readonly clientSecret?: string;
      readonly scope?: string | null;
      readonly cheminJeton?: string;
      readonly dureeJetonSecondes?: number;
      readonly dpop?: {
        readonly clePublique: KeyObject | string;
        /** Jeton lié (`token_type: DPoP`) : chaque requête d'API doit porter `Authorization: DPoP …` et une preuve avec `ath`. @default false */
        readonly jetonLie?: boolean;
      };
    };

/**
 * Options de l'émulateur API Convergence : comportement de l'OPCO émulé
 * (authentification, réponse objet au lieu d'une liste, statut « introuvable », taille
 * de page, routes absentes), jeu de données initial (détails de dossiers et états de
 * factures au format de l'API), horloge (expiration des jetons, DPoP), et options
 * communes (latence, limite de débit, pannes : 429 + `Retry-After`, 500, JSON malformé).
 *
 * @example
 * ```ts
 * const opcoEp: OptionsEmulateurApiConvergence = {
 *   authentification: { type: "oauth2", clientId: "cfa", clientSecret: "s", scope: null },
 *   statutIntrouvable: 400,
 * };
 * ```
 */
export interface OptionsEmulateurApiConvergence extends OptionsEmulateur {
  /** @default "cle-api-emulateur" */
  readonly cleApi?: string;
  /** @default { type: "cle_api" } */
  readonly authentification?: AuthentificationEmulee;
  /** AFDAS : une réponse d'un seul dossier est un objet, pas une liste. @default false */
  readonly reponseObjet?: boolean;
  /** Statut HTTP d'un dossier introuvable (OPCO EP : 400). @default 404 */
  readonly statutIntrouvable?: number;
  /** Éléments par page des listes paginées (`numeroPage`). @default 50 */
  readonly taillePage?: number;
  /** Préfixes de routes non ouvertes par l'OPCO (réponse 404 « service non disponible »). @default [] */
  readonly routesAbsentes?: readonly string[];
  /** Détails de dossiers initiaux (forme `GET /v2/dossiers`), avec `dateEtat` facultative. */
  readonly dossiers?: readonly Record<string, unknown>[];
  /** États de factures initiaux (forme `GET /v2/factures/etats`). */
  readonly factures?: readonly Record<string, unknown>[];
  /** Préfixe des numéros internes attribués. @default "EMU" */
  readonly prefixeNumero?: string;
  /** Horloge en ms. @default Date.now */
  readonly horloge?: () => number;
  /** Variantes de forme des réponses (propres à l'OPCO émulé). @default aucune */
  readonly variantes?: VariantesApiConvergence;
  /**
   * Forme des dates exigée à l'écriture, par dépôt (`Z`, `+0000` ou `date` = AAAA-MM-JJ) : un
   * dépôt dont un champ `date…` a une autre forme est refusé (400). @default indifférent
   */
  readonly formesDateExigees?: Readonly<Partial<Record<"dossier" | "convention" | "certificat" | "rupture", "Z" | "+0000" | "date">>>;
  /** Date de fin de validité de la clé d'API renvoyée par `GET /v2/cfakeyinfo`. @default "2099-12-31" */
  readonly finValiditeCle?: string;
}
