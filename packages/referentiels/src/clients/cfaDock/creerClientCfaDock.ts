import { z } from "zod";
import type { OptionsAppel } from "../OptionsAppel";
import { creerClientHttp, type ClientHttp, type OptionsClientReferentiel } from "../creerClientHttp";
import { schemaOpcoCfaDock, type OpcoCfaDock, type ReponseOpcoCfaDock } from "./schemaOpcoCfaDock";

/**
 * Configuration du client CFA Dock (API publique, sans clé).
 *
 * @example
 * ```ts
 * const configuration: ConfigurationClientCfaDock = { requetesParSeconde: 0.5 };
 * ```
 */
export interface ConfigurationClientCfaDock extends OptionsClientReferentiel {
  /** @default "https://www.cfadock.fr/api" */
  readonly urlBase?: string;
  /** Limite observée : 30 requêtes / 60 s. @default 0.5 */
  readonly requetesParSeconde?: number;
  /** Taille des lots de `POST /opcos`. @default 100 (maximum du service) */
  readonly tailleLot?: number;
}

/**
 * Client CFA Dock de recherche de l'OPCO d'un employeur.
 *
 * @example
 * ```ts
 * const client = creerClientCfaDock();
 * const r = await client.opcoParSiret("42476141900045");
 * ```
 */
export interface ClientCfaDock {
  readonly http: ClientHttp;
  /** `GET /opcos?siret=`. */
  opcoParSiret(siret: string, options?: OptionsAppel): Promise<OpcoCfaDock>;
  /** `GET /opcos?idcc=` : OPCO d'une branche (table de CFA Dock) ; `siret` du résultat vide. */
  opcoParIdcc(idcc: string, options?: OptionsAppel): Promise<OpcoCfaDock>;
  /** `POST /opcos` par lots de 100 au plus (SIRET dédoublonnés) ; un résultat par SIRET distinct, dans l'ordre. */
  opcosParLots(sirets: readonly string[], options?: OptionsAppel): Promise<OpcoCfaDock[]>;
}

const LIMITE_LOT = 100;

function normaliser(siret: string, reponse: ReponseOpcoCfaDock): OpcoCfaDock {
  if (reponse.searchStatus === "OK" && reponse.opcoName !== null) {
    return { siret, statut: "trouve", opco: reponse.opcoName, idcc: reponse.idcc === null ? null : String(reponse.idcc).padStart(4, "0") };
  }
  if (reponse.searchStatus === "MULTIPLE_OPCO") return { siret, statut: "multiple", opco: null, idcc: null };
  return { siret, statut: "inconnu", opco: null, idcc: null, statutRecherche: reponse.searchStatus };
}

/**
 * Crée le client CFA Dock : débit limité à 0,5 requête/s par défaut (limite observée 30/60 s),
 * lots de 100 SIRET, réponses validées, `POST` de recherche rejoué (lecture sans effet de bord).
 *
 * @example
 * ```ts
 * const client = creerClientCfaDock({ cache: new CacheMemoireLru(), dureeCacheMs: 86_400_000 });
 * const resultats = await client.opcosParLots(sirets);
 * ```
 */
export function creerClientCfaDock(configuration: ConfigurationClientCfaDock = {}): ClientCfaDock {
  const tailleLot = Math.min(configuration.tailleLot ?? LIMITE_LOT, LIMITE_LOT);
  const http = creerClientHttp({
    ...configuration,
    api: "CFA Dock",
    urlBase: configuration.urlBase ?? "https://www.cfadock.fr/api",
    requetesParSeconde: configuration.requetesParSeconde ?? 0.5,
    methodesRejouables: ["get", "post"],
  });
  const avecSignal = (options?: OptionsAppel): { signal?: AbortSignal } =>
    options?.signal === undefined ? {} : { signal: options.signal };
  return {
    http,
    async opcoParSiret(siret, options) {
      const reponse = await http.demander({ methode: "get", chemin: "opcos", parametres: { siret }, schema: schemaOpcoCfaDock, ...avecSignal(options) });
      return normaliser(siret, reponse);
    },
    async opcoParIdcc(idcc, options) {
      const reponse = await http.demander({
        methode: "get",
        chemin: "opcos",
        parametres: { idcc: String(Number(idcc)) },
        schema: schemaOpcoCfaDock,
        ...avecSignal(options),
      });
      return normaliser("", reponse);
    },
    async opcosParLots(sirets, options) {
      const distincts = [...new Set(sirets)];
      const lots: string[][] = [];
      for (let i = 0; i < distincts.length; i += tailleLot) lots.push(distincts.slice(i, i + tailleLot));
      const reponses = await Promise.all(
        lots.map((lot) =>
          http.demander({
            methode: "post",
            chemin: "opcos",
            corps: lot.map((siret) => ({ siret })),
            schema: z.object({ found: z.array(schemaOpcoCfaDock) }),
            ...avecSignal(options),
          }),
        ),
      );
      return lots.flatMap((lot, index) => {
        const trouves = reponses[index]?.found ?? [];
        return lot.map((siret, position) => {
          const reponse = trouves.find((element) => element.filters?.siret === siret) ?? trouves[position];
          return reponse === undefined
            ? ({ siret, statut: "inconnu", opco: null, idcc: null, statutRecherche: "ABSENT_DE_LA_REPONSE" } as const)
            : normaliser(siret, reponse);
        });
      });
    },
  };
}
