import type { ContratAControler } from "../../ContratAControler";
import type { Regle } from "../../Regle";
import { regleBaseSmc } from "./regleBaseSmc";
import { regleSalaireEmbaucheCoherence } from "./regleSalaireEmbaucheCoherence";
import { regleSmcPresence } from "./regleSmcPresence";
import { regleTauxMinimum } from "./regleTauxMinimum";

/**
 * Règles de contrôle de la rémunération de l'apprenti :
 * `remuneration.taux.minimum`, `remuneration.base.smc`, `remuneration.smc.presence` et
 * `remuneration.salaireEmbauche.coherence`.
 *
 * @example
 * ```ts
 * import { evaluerRegles, reglesRemuneration } from "@communs-opco/regles";
 * evaluerRegles(reglesRemuneration, contrat, { dateEvaluation: "2026-11-26" }).constats;
 * ```
 */
export const reglesRemuneration: readonly Regle<ContratAControler>[] = [
  regleTauxMinimum,
  regleBaseSmc,
  regleSmcPresence,
  regleSalaireEmbaucheCoherence,
];
