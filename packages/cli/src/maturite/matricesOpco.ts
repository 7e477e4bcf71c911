import * as afdas from "@communs-opco/adaptateur-afdas";
import * as akto from "@communs-opco/adaptateur-akto";
import * as atlas from "@communs-opco/adaptateur-atlas";
import * as constructys from "@communs-opco/adaptateur-constructys";
import * as ocapiat from "@communs-opco/adaptateur-ocapiat";
import * as opcoEp from "@communs-opco/adaptateur-opco-ep";
import * as opcoMobilites from "@communs-opco/adaptateur-opco-mobilites";
import * as opcoSante from "@communs-opco/adaptateur-opco-sante";
import * as opco2i from "@communs-opco/adaptateur-opco2i";
import * as opcommerce from "@communs-opco/adaptateur-opcommerce";
import * as uniformation from "@communs-opco/adaptateur-uniformation";
import type { MatriceOpco } from "@communs-opco/formulaire";

const PAQUETS = [afdas, akto, atlas, constructys, ocapiat, opcoEp, opcoMobilites, opcoSante, opco2i, opcommerce, uniformation];

/**
 * Matrices de capacités API Convergence datées des 11 OPCO, lues dans leurs paquets
 * d'adaptateur (`capacites`), dans l'ordre alphabétique des noms.
 *
 * @example
 * ```ts
 * matricesOpco().map((m) => m.nom); // ["AFDAS", "AKTO", "Constructys", …]
 * ```
 */
export function matricesOpco(): MatriceOpco[] {
  return PAQUETS.map((p): MatriceOpco => ({ opco: p.opco.slug, nom: p.opco.nomOfficiel, capacites: p.capacites })).sort((a, b) => a.nom.localeCompare(b.nom, "fr"));
}
