import type { EntrepriseEmulee } from "./EntrepriseEmulee";
import { ENTREPRISES_EMULEES } from "./entreprisesEmulees";
import { demarrerServeurEmulateur, type EmulateurHttp, type OptionsEmulateur } from "../ServeurEmulateur";

/**
 * Options de l'émulateur SIRO (France compétences).
 *
 * @example
 * ```ts
 * const options: OptionsEmulateurSiro = { cleApi: "ma-cle", latenceMs: 20, limiteParSeconde: 50 };
 * ```
 */
export interface OptionsEmulateurSiro extends OptionsEmulateur {
  /** Clé attendue dans `X-Gravitee-Api-Key`. @default "cle-emulateur-siro" */
  readonly cleApi?: string;
  /** @default ENTREPRISES_EMULEES */
  readonly entreprises?: readonly EntrepriseEmulee[];
}

/**
 * Clé d'API acceptée par défaut par l'émulateur SIRO.
 *
 * @example
 * ```ts
 * creerClientSiro({ urlBase: `${emulateur.url}/siro/v1`, cleApi: CLE_EMULATEUR_SIRO });
 * ```
 */
export const CLE_EMULATEUR_SIRO = "cle-emulateur-siro";

/**
 * Démarre un émulateur local de l'API SIRO de France compétences :
 * `GET /siro/v1/public/:siret` avec l'en-tête `X-Gravitee-Api-Key` (401 sinon). Réponse code `"01"`
 * (`siret`, `idcc` éventuellement vide, `opcoRattachement {code, nom}`) pour un établissement connu
 * rattaché (ou `"02"` / `"03"` selon `codeSiro`, `opcoGestion` en 02), `"99"` (`{code, siret}`) sinon.
 *
 * @example
 * ```ts
 * const emulateur = await demarrerEmulateurSiro({ latenceMs: 20, limiteParSeconde: 50 });
 * const client = creerClientSiro({ urlBase: `${emulateur.url}/siro/v1`, cleApi: CLE_EMULATEUR_SIRO });
 * ```
 */
export async function demarrerEmulateurSiro(options: OptionsEmulateurSiro = {}): Promise<EmulateurHttp> {
  const cle = options.cleApi ?? CLE_EMULATEUR_SIRO;
  const parSiret = new Map((options.entreprises ?? ENTREPRISES_EMULEES).map((e) => [e.siret, e]));
  return demarrerServeurEmulateur({
    ...options,
    authentifier: (requete) =>
      requete.entetes["x-gravitee-api-key"] === cle
        ? undefined
        : { statut: 401, corps: { message: "Unauthorized", http_status_code: 401 } },
    routes: [
      {
        methode: "GET",
        motif: "/siro/v1/public/:siret",
        gerer: (requete) => {
          const siret = requete.parametresChemin["siret"] ?? "";
          if (!/^\d{14}$/.test(siret)) return { statut: 400, corps: { message: "SIRET invalide" } };
          const entreprise = parSiret.get(siret);
          if (entreprise?.opco == null) return { statut: 200, corps: { code: "99", siret } };
          const code = entreprise.codeSiro ?? "01";
          return {
            statut: 200,
            corps: {
              code,
              siret,
              idcc: entreprise.idcc[0] ?? "",
              opcoRattachement: entreprise.opco,
              ...(code === "02" ? { opcoGestion: entreprise.opco } : {}),
            },
          };
        },
      },
    ],
  });
}
