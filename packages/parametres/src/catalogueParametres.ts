import type { Parametre } from "./Parametre";
import { grilleRemunerationApprenti } from "./grilleRemunerationApprenti";
import { smicHoraireMayotte } from "./smicHoraireMayotte";
import { smicHoraireMetropole } from "./smicHoraireMetropole";
import { smicMensuelMayotte } from "./smicMensuelMayotte";
import { smicMensuelMetropole } from "./smicMensuelMetropole";

/**
 * Tous les paramètres légaux du paquet, chacun une seule fois. Sert aux tests de complétude
 * (références, dates triées, identifiants uniques), à la documentation générée et aux outils qui
 * listent les paramètres.
 *
 * @example
 * ```ts
 * import { catalogueParametres } from "@communs-opco/parametres";
 * catalogueParametres.map((p) => p.id); // ["smic.horaire.metropole", …]
 * ```
 */
export const catalogueParametres: readonly Parametre<unknown>[] = [
  smicHoraireMetropole,
  smicMensuelMetropole,
  smicHoraireMayotte,
  smicMensuelMayotte,
  grilleRemunerationApprenti,
];
