import { opcoParSlug, tableIdccOpco, type SlugOpco } from "@communs-opco/nomenclatures";
import { authentificationOpco } from "./authentificationOpco.js";
import type { CapaciteApiOpco } from "./CapaciteApiOpco.js";
import type { ComportementOpco } from "./ComportementOpco.js";
import type { ConfigurationClientOpco } from "./ConfigurationClientOpco.js";
import { creerAdaptateurApiConvergence } from "./creerAdaptateurApiConvergence.js";
import { creerClientApiConvergence } from "./creerClientApiConvergence.js";
import { FORMES_DATE_DOCUMENTEES, type FormesDateOpco } from "./FormesDateOpco.js";
import type { ListeRncpOpco } from "./ListeRncpOpco.js";
import type { OpcoApiConvergence } from "./OpcoApiConvergence.js";
import type { ParticulariteOpco } from "./ParticulariteOpco.js";
import type { ProfilAuthentificationOpco } from "./ProfilAuthentificationOpco.js";
import { TOLERANCES_API_CONVERGENCE, type ToleranceApiConvergence } from "./ToleranceApiConvergence.js";

/**
 * Données propres à un OPCO, seules à écrire dans son paquet : slug, liste RNCP,
 * capacités datées, profil d'authentification, comportement (points d'extension ; aucun par
 * défaut), particularités, tolérances de lecture activées et formes de dates acceptées à
 * l'écriture (par charge utile).
 *
 * @example
 * ```ts
 * const d: DefinitionOpcoApiConvergence = {
 *   slug: "atlas", listeRncp: null, capacites: [], authentification: { saveur: "scope_api", scope: "api.read api.write", confiance: "F", source: "§1.4" },
 *   tolerances: TOLERANCES_API_CONVERGENCE, formesDate: FORMES_DATE_DOCUMENTEES,
 * };
 * ```
 */
export interface DefinitionOpcoApiConvergence {
  readonly slug: SlugOpco;
  readonly listeRncp: ListeRncpOpco | null;
  readonly capacites: readonly CapaciteApiOpco[];
  readonly authentification: ProfilAuthentificationOpco;
  readonly comportement?: ComportementOpco;
  readonly particularites?: readonly ParticulariteOpco[];
  /** Tolérances de lecture activées. @default toutes ({@link TOLERANCES_API_CONVERGENCE}) */
  readonly tolerances?: readonly ToleranceApiConvergence[];
  /** Formes de dates acceptées à l'écriture. @default {@link FORMES_DATE_DOCUMENTEES} */
  readonly formesDate?: FormesDateOpco;
}

/**
 * Fabrique partagée des paquets d'OPCO : complète la définition propre à l'OPCO avec
 * son identité et ses alias (`opcoParSlug`), son périmètre IDCC (`tableIdccOpco`),
 * l'adaptateur `api-convergence:<slug>` et un `creerClient(config)` qui assemble
 * authentification, particularités et matrice de capacités (une capacité absente est
 * refusée sans appel réseau).
 *
 * @example
 * ```ts
 * export const atlas = definirOpcoApiConvergence({
 *   slug: "atlas", listeRncp: listeRncpAtlas, capacites: capacitesAtlas,
 *   authentification: profilAuthentificationScopeApi,
 * });
 * ```
 */
export function definirOpcoApiConvergence(definition: DefinitionOpcoApiConvergence): OpcoApiConvergence {
  const opco = opcoParSlug(definition.slug);
  const tolerances = definition.tolerances ?? TOLERANCES_API_CONVERGENCE;
  const formesDate = definition.formesDate ?? FORMES_DATE_DOCUMENTEES;
  const comportement: ComportementOpco = { ...(definition.comportement ?? {}), capacites: definition.capacites, tolerances };
  return {
    opco,
    alias: opco.alias,
    perimetreIdcc: tableIdccOpco.entrees.filter((e) => e.opco === definition.slug).map((e) => e.idcc),
    listeRncp: definition.listeRncp,
    capacites: definition.capacites,
    authentification: definition.authentification,
    comportement,
    particularites: definition.particularites ?? [],
    tolerances,
    formesDate,
    adaptateur: creerAdaptateurApiConvergence({ opco: definition.slug, libelleOpco: opco.nomOfficiel, tolerances, ecriture: { formeDate: formesDate.dossier } }),
    creerClient(config: ConfigurationClientOpco) {
      const { urlJeton: _u, clientId: _c, clientSecret: _s, scope: _sc, tenant: _t, clePrivee: _k, dateCapacites, ...options } = config;
      return creerClientApiConvergence({
        ...options,
        opco: definition.slug,
        formesDate: { dossier: formesDate.dossier, convention: formesDate.convention, certificat: formesDate.certificat, rupture: formesDate.rupture, ...options.formesDate },
        authentification: authentificationOpco(definition.authentification, config),
        comportement: dateCapacites === undefined ? comportement : { ...comportement, dateCapacites },
      });
    },
  };
}
