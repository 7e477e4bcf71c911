import { adaptateurStandard, type Adaptateur } from "@communs-opco/adaptateur";
import * as afdas from "@communs-opco/adaptateur-afdas";
import * as agecap from "@communs-opco/adaptateur-agecap";
import * as akto from "@communs-opco/adaptateur-akto";
import * as apiConvergence from "@communs-opco/adaptateur-api-convergence";
import * as atlas from "@communs-opco/adaptateur-atlas";
import * as cerfaPdf from "@communs-opco/adaptateur-cerfa-pdf";
import * as constructys from "@communs-opco/adaptateur-constructys";
import * as deca from "@communs-opco/adaptateur-deca";
import * as ocapiat from "@communs-opco/adaptateur-ocapiat";
import * as opcoEp from "@communs-opco/adaptateur-opco-ep";
import * as opcoMobilites from "@communs-opco/adaptateur-opco-mobilites";
import * as opcoSante from "@communs-opco/adaptateur-opco-sante";
import * as opco2i from "@communs-opco/adaptateur-opco2i";
import * as opcommerce from "@communs-opco/adaptateur-opcommerce";
import * as tableauDeBord from "@communs-opco/adaptateur-tableau-de-bord";
import * as uniformation from "@communs-opco/adaptateur-uniformation";
import { estAdaptateur } from "./estAdaptateur";

/** Paquets d'adaptateurs, dans l'ordre de priorité (à confiance de détection égale). */
const PAQUETS: readonly object[] = [
  deca,
  agecap,
  apiConvergence,
  afdas,
  akto,
  atlas,
  constructys,
  ocapiat,
  opcoEp,
  opcoMobilites,
  opcoSante,
  opco2i,
  opcommerce,
  uniformation,
  cerfaPdf,
  tableauDeBord,
];

function adaptateursExportes(paquet: object): Adaptateur<unknown>[] {
  const trouves: Adaptateur<unknown>[] = [];
  for (const valeur of Object.values(paquet)) {
    if (estAdaptateur(valeur)) trouves.push(valeur);
    else if (Array.isArray(valeur)) trouves.push(...valeur.filter(estAdaptateur));
    else if (typeof valeur === "object" && valeur !== null && estAdaptateur((valeur as { adaptateur?: unknown }).adaptateur)) {
      trouves.push((valeur as { adaptateur: Adaptateur<unknown> }).adaptateur);
    }
  }
  return trouves;
}

let cache: readonly Adaptateur<unknown>[] | undefined;

/**
 * Registre des formats de la CLI : le format `standard`, puis chaque adaptateur exporté
 * par les paquets d'adaptateurs (`adaptateur`, toute autre valeur qui implémente le
 * contrat, une liste d'adaptateurs, ou un objet qui porte un `adaptateur`, comme la
 * définition d'un OPCO de l'API Convergence et sa variante `api-convergence:<opco>`).
 * Un nom de format n'apparaît qu'une fois (le premier l'emporte). Les paquets qui
 * n'exportent encore aucun adaptateur n'ajoutent rien.
 *
 * @example
 * ```ts
 * formatsDisponibles().map((a) => a.metadonnees.nom); // ["standard", "deca", "deca-extrait", "agecap", …]
 * ```
 */
export function formatsDisponibles(): readonly Adaptateur<unknown>[] {
  if (cache !== undefined) return cache;
  const vus = new Set<string>();
  const liste: Adaptateur<unknown>[] = [];
  for (const adaptateur of [adaptateurStandard as Adaptateur<unknown>, ...PAQUETS.flatMap(adaptateursExportes)]) {
    if (vus.has(adaptateur.metadonnees.nom)) continue;
    vus.add(adaptateur.metadonnees.nom);
    liste.push(adaptateur);
  }
  cache = liste;
  return liste;
}
