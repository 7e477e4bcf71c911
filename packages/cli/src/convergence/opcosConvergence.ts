import { afdas } from "@communs-opco/adaptateur-afdas";
import { akto } from "@communs-opco/adaptateur-akto";
import type { OpcoApiConvergence } from "@communs-opco/adaptateur-api-convergence";
import { atlas } from "@communs-opco/adaptateur-atlas";
import { constructys } from "@communs-opco/adaptateur-constructys";
import { ocapiat } from "@communs-opco/adaptateur-ocapiat";
import { opcoEp } from "@communs-opco/adaptateur-opco-ep";
import { opcoMobilites } from "@communs-opco/adaptateur-opco-mobilites";
import { opcoSante } from "@communs-opco/adaptateur-opco-sante";
import { opco2i } from "@communs-opco/adaptateur-opco2i";
import { opcommerce } from "@communs-opco/adaptateur-opcommerce";
import { uniformation } from "@communs-opco/adaptateur-uniformation";

/**
 * Les 11 OPCO sur l'API Convergence, par slug (`akto`, `opco-ep`…), tels que leurs paquets
 * les définissent (profil d'authentification, capacités, tolérances, formes de dates).
 *
 * @example
 * ```ts
 * opcosConvergence.get("akto")?.opco.nomOfficiel;
 * ```
 */
export const opcosConvergence: ReadonlyMap<string, OpcoApiConvergence> = new Map(
  [afdas, akto, atlas, constructys, ocapiat, opcoEp, opcoMobilites, opcoSante, opco2i, opcommerce, uniformation].map((o) => [o.opco.slug, o]),
);
