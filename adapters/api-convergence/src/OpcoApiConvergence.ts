import type { Adaptateur } from "@communs-opco/adaptateur";
import type { AliasOpco, Opco } from "@communs-opco/nomenclatures";
import type { Dossier } from "@communs-opco/schemas";
import type { CapaciteApiOpco } from "./CapaciteApiOpco.js";
import type { ClientApiConvergence } from "./ClientApiConvergence.js";
import type { ComportementOpco } from "./ComportementOpco.js";
import type { ConfigurationClientOpco } from "./ConfigurationClientOpco.js";
import type { FormesDateOpco } from "./FormesDateOpco.js";
import type { ListeRncpOpco } from "./ListeRncpOpco.js";
import type { ParticulariteOpco } from "./ParticulariteOpco.js";
import type { ProfilAuthentificationOpco } from "./ProfilAuthentificationOpco.js";
import type { ToleranceApiConvergence } from "./ToleranceApiConvergence.js";

/**
 * Ce qu'un paquet d'OPCO expose (voir {@link definirOpcoApiConvergence}) : l'OPCO et ses
 * alias (`@communs-opco/nomenclatures`), son périmètre IDCC, sa liste RNCP (ou `null`),
 * sa matrice de capacités datée, son profil d'authentification, ses particularités
 * (points d'extension et faits étiquetés [F]/[S]/[I]), les tolérances de lecture qu'il
 * active, les formes de dates qu'il accepte à l'écriture,
 * l'adaptateur de format `api-convergence:<slug>` et la fabrique de client.
 *
 * @example
 * ```ts
 * import { akto } from "@communs-opco/adaptateur-akto";
 * akto.perimetreIdcc.includes("3043"); // true
 * ```
 */
export interface OpcoApiConvergence {
  readonly opco: Opco;
  readonly alias: readonly AliasOpco[];
  readonly perimetreIdcc: readonly string[];
  readonly listeRncp: ListeRncpOpco | null;
  readonly capacites: readonly CapaciteApiOpco[];
  readonly authentification: ProfilAuthentificationOpco;
  readonly comportement: ComportementOpco;
  readonly particularites: readonly ParticulariteOpco[];
  readonly tolerances: readonly ToleranceApiConvergence[];
  readonly formesDate: FormesDateOpco;
  readonly adaptateur: Adaptateur<Dossier>;
  creerClient(config: ConfigurationClientOpco): ClientApiConvergence;
}
