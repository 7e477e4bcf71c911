import extrait from "../../data/referentiel-organismes.extrait.json" with { type: "json" };
import type { OrganismeEmule } from "./OrganismeEmule";

/**
 * Extrait réel de 35 organismes du Référentiel national des organismes de formation
 * (fixture de `mission-apprentissage/api-apprentissage`, licence MIT), données par défaut des émulateurs.
 *
 * @example
 * ```ts
 * const cfa = ORGANISMES_EMULES.find((o) => o.nature === "responsable_formateur");
 * ```
 */
export const ORGANISMES_EMULES: readonly OrganismeEmule[] = extrait as OrganismeEmule[];
