import type { AuthentificationApiConvergence } from "./AuthentificationApiConvergence.js";
import type { ComportementOpco } from "./ComportementOpco.js";
import type { FormeDate } from "./FormeDate.js";
import type { FormesDateOpco } from "./FormesDateOpco.js";

/**
 * Configuration d'un client API Convergence : URL de base (`…/ApiEchangeCFA`), clé
 * d'API du CFA pour cet OPCO (`X-API-KEY`), éditeur, logiciel et version (en-têtes
 * obligatoires `EDITEUR`, `LOGICIEL`, `VERSION`), authentification, particularités de
 * l'OPCO, et réglages techniques : horloge injectée (cache du jeton, preuves DPoP),
 * nouvelles tentatives sur 429/5xx (GET seulement), attente maximale imposée par
 * `Retry-After`, délai par requête, `fetch`, slug de l'OPCO reporté sur les dossiers lus,
 * formes de dates à l'écriture (`formesDate` par charge utile, sinon `formeDate` pour les
 * dossiers et {@link FORMES_DATE_DOCUMENTEES} pour le reste).
 *
 * @example
 * ```ts
 * const options: OptionsClientApiConvergence = {
 *   baseUrl: "https://apiopco.opcoserveur.fr/ApiEchangeCFA",
 *   cleApi: process.env.CLE_API ?? "",
 *   editeur: "MonEditeur", logiciel: "MonERP", version: "3.2.0",
 *   authentification: { type: "cle_api" },
 * };
 * ```
 */
export interface OptionsClientApiConvergence {
  readonly baseUrl: string;
  readonly cleApi: string;
  readonly editeur: string;
  readonly logiciel: string;
  readonly version: string;
  readonly authentification: AuthentificationApiConvergence;
  readonly comportement?: ComportementOpco;
  readonly opco?: string;
  readonly horloge?: () => number;
  readonly tentatives?: number;
  readonly attenteMaxMs?: number;
  /** Pause fixe entre deux tentatives, en ms (sinon recul exponentiel de ky). */
  readonly pauseTentativeMs?: number;
  readonly delaiMs?: number;
  readonly formeDate?: FormeDate;
  readonly formesDate?: Partial<Pick<FormesDateOpco, "dossier" | "convention" | "certificat" | "rupture">>;
  readonly fetch?: typeof fetch;
}
