import { champsParVersionCerfa } from "./codes/champsParVersionCerfa.js";
import type { Contrat } from "./contrat.js";
import type { AnomalieLecture } from "./lireEnregistrement.js";

const VERSIONS = Object.keys(champsParVersionCerfa).sort() as (keyof typeof champsParVersionCerfa)[];

function valeurAuChemin(contrat: Contrat, chemin: string): unknown {
  let courant: unknown = contrat;
  for (const cle of chemin.split(".")) {
    if (typeof courant !== "object" || courant === null) return undefined;
    courant = (courant as Record<string, unknown>)[cle];
  }
  return courant;
}

/**
 * Signale les champs renseignés qui n'existent pas dans la version du CERFA déclarée
 * par le contrat (`versionCerfa`) : par exemple un NIR de maître d'apprentissage sur un
 * CERFA *09, ou le type d'avenant 38 avant le CERFA *14. Sans `versionCerfa`, rien
 * n'est signalé (le standard suit la version *14). Renvoie des avertissements, jamais
 * d'exception.
 *
 * @example
 * ```ts
 * verifierVersionCerfa({ versionCerfa: "12", contrat: { typeContratApp: "38" } });
 * // [{ chemin: "contrat.typeContratApp", code: "champ_hors_version_cerfa", message: "…" }]
 * ```
 */
export function verifierVersionCerfa(contrat: Contrat): AnomalieLecture[] {
  const version = contrat.versionCerfa;
  if (version === undefined) return [];
  const anomalies: AnomalieLecture[] = [];
  for (const versionApparition of VERSIONS) {
    if (versionApparition <= version) continue;
    for (const champ of champsParVersionCerfa[versionApparition]) {
      const [chemin = "", valeurAttendue] = champ.split("=");
      const valeur = valeurAuChemin(contrat, chemin);
      if (valeur === undefined || (valeurAttendue !== undefined && valeur !== valeurAttendue)) continue;
      anomalies.push({
        chemin,
        code: "champ_hors_version_cerfa",
        message:
          valeurAttendue === undefined
            ? `Le champ « ${chemin} » n'existe qu'à partir du CERFA 10103*${versionApparition} ; le contrat déclare la version *${version}.`
            : `La valeur ${valeurAttendue} de « ${chemin} » n'existe qu'à partir du CERFA 10103*${versionApparition} ; le contrat déclare la version *${version}.`,
      });
    }
  }
  return anomalies;
}
