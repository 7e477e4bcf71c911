import { creerClientApiApprentissage } from "../clients/apiApprentissage/creerClientApiApprentissage";
import { creerClientCfaDock } from "../clients/cfaDock/creerClientCfaDock";
import { creerClientReferentielOnisep } from "../clients/onisep/creerClientReferentielOnisep";
import { creerClientRechercheEntreprises } from "../clients/rechercheEntreprises/creerClientRechercheEntreprises";
import { referentielEnLigne } from "../clients/referentielEnLigne";
import { creerClientSiro } from "../clients/siro/creerClientSiro";
import type { OptionsClientReferentiel } from "../clients/creerClientHttp";
import { chargerInstantaneEmbarque } from "../instantane/chargerInstantaneEmbarque";
import type { Instantane } from "../instantane/Instantane";
import type { Referentiel } from "../Referentiel";
import { ReferentielHorsLigne } from "../ReferentielHorsLigne";
import { referentielMixte } from "../referentielMixte";
import type { PortFormations } from "./PortFormations";
import { portFormationsApiApprentissage } from "./portFormationsApiApprentissage";
import type { PortGeographie } from "./PortGeographie";
import { portGeographieApiApprentissage } from "./portGeographieApiApprentissage";

/**
 * Origine des référentiels des vérifications avant paiement : instantané embarqué (hors ligne),
 * services en ligne, ou mixte (instantané d'abord, en ligne en secours).
 *
 * @example
 * ```ts
 * const mode: ModeReferentiel = "mixte";
 * ```
 */
export type ModeReferentiel = "embarque" | "en-ligne" | "mixte";

/**
 * Variables d'environnement lues pour les services en ligne (clés et adresses). Sans clé, le
 * service correspondant n'est pas configuré : ses réponses sont `indisponible` et les
 * vérifications qui en dépendent restent indéterminées.
 *
 * @example
 * ```ts
 * const env: EnvironnementReferentiels = { COMMUNS_OPCO_API_APPRENTISSAGE_CLE: "…" };
 * ```
 */
export interface EnvironnementReferentiels {
  readonly COMMUNS_OPCO_API_APPRENTISSAGE_CLE?: string | undefined;
  readonly COMMUNS_OPCO_API_APPRENTISSAGE_URL?: string | undefined;
  readonly COMMUNS_OPCO_SIRO_CLE?: string | undefined;
  readonly COMMUNS_OPCO_SIRO_URL?: string | undefined;
  readonly COMMUNS_OPCO_ONISEP_URL?: string | undefined;
  readonly COMMUNS_OPCO_CFA_DOCK_URL?: string | undefined;
  readonly COMMUNS_OPCO_RECHERCHE_ENTREPRISES_URL?: string | undefined;
}

/**
 * Options communes aux clients des services en ligne créés par {@link creerPortsPrepaiement} :
 * délais (`delaiMs`, `attenteMaxMs` : plafond d'un `Retry-After`), nouvelles tentatives et
 * disjoncteur par source (`seuilCoupure`, `dureeCoupureMs`, `surCoupure` : signalement unique de la
 * coupure d'une source).
 *
 * @example
 * ```ts
 * const client: OptionsClientsPrepaiement = { delaiMs: 5000, attenteMaxMs: 5000, surCoupure: (c) => console.error(`${c.api} coupée`) };
 * ```
 */
export type OptionsClientsPrepaiement = Pick<OptionsClientReferentiel, "delaiMs" | "attenteMaxMs" | "tentatives" | "seuilCoupure" | "dureeCoupureMs" | "surCoupure">;

/**
 * Construit les ports des vérifications avant paiement (`referentiel`, et `formations` et
 * `geographie` quand l'API Apprentissage est configurée) selon le mode, avec les options `client`
 * communes à chaque service en ligne. Les clés viennent de `environnement`
 * (p. ex. `process.env`), jamais des journaux : elles ne figurent dans aucune erreur.
 *
 * @example
 * ```ts
 * const { ports, description } = await creerPortsPrepaiement("mixte", { environnement: process.env });
 * await evaluerReglesAsync(reglesPrepaiement(), contrat, { dateEvaluation: "2026-11-26", ports });
 * ```
 */
export async function creerPortsPrepaiement(
  mode: ModeReferentiel,
  options: { instantane?: Instantane; environnement?: EnvironnementReferentiels; client?: OptionsClientsPrepaiement } = {},
): Promise<{ ports: { referentiel: Referentiel; formations?: PortFormations; geographie?: PortGeographie }; description: string }> {
  const env = options.environnement ?? {};
  const commun: OptionsClientsPrepaiement = options.client ?? {};
  const horsLigne = async (): Promise<Referentiel> => new ReferentielHorsLigne(options.instantane ?? (await chargerInstantaneEmbarque()));
  if (mode === "embarque") return { ports: { referentiel: await horsLigne() }, description: options.instantane === undefined ? "instantané embarqué" : "instantané local" };
  const url = <K extends keyof EnvironnementReferentiels>(cle: K): OptionsClientsPrepaiement & { urlBase?: string } => ({ ...commun, ...(env[cle] === undefined || env[cle] === "" ? {} : { urlBase: env[cle] }) });
  const cleApi = env.COMMUNS_OPCO_API_APPRENTISSAGE_CLE;
  const cleSiro = env.COMMUNS_OPCO_SIRO_CLE;
  const apiApprentissage = cleApi === undefined || cleApi === "" ? undefined : creerClientApiApprentissage({ cleApi, ...url("COMMUNS_OPCO_API_APPRENTISSAGE_URL") });
  const enLigne = referentielEnLigne({
    ...(apiApprentissage === undefined ? {} : { apiApprentissage }),
    ...(cleSiro === undefined || cleSiro === "" ? {} : { siro: creerClientSiro({ cleApi: cleSiro, ...url("COMMUNS_OPCO_SIRO_URL") }) }),
    onisep: creerClientReferentielOnisep(url("COMMUNS_OPCO_ONISEP_URL")),
    cfaDock: creerClientCfaDock(url("COMMUNS_OPCO_CFA_DOCK_URL")),
    rechercheEntreprises: creerClientRechercheEntreprises(url("COMMUNS_OPCO_RECHERCHE_ENTREPRISES_URL")),
  });
  const formations = apiApprentissage === undefined ? undefined : portFormationsApiApprentissage(apiApprentissage);
  const services = `services en ligne${apiApprentissage === undefined ? " (API Apprentissage non configurée : COMMUNS_OPCO_API_APPRENTISSAGE_CLE absente)" : ""}`;
  const referentiel = mode === "en-ligne" ? enLigne : referentielMixte(await horsLigne(), enLigne);
  const geographie = apiApprentissage === undefined ? undefined : portGeographieApiApprentissage(apiApprentissage);
  return { ports: { referentiel, ...(formations === undefined ? {} : { formations }), ...(geographie === undefined ? {} : { geographie }) }, description: mode === "en-ligne" ? services : `instantané embarqué, puis ${services}` };
}
