import type { ContratAControler } from "./ContratAControler";
import { creerRegistre, type RegistreRegles } from "./RegistreRegles";
import { reglesContrat } from "./reglesContrat";

/**
 * Registre de toutes les règles du contrat d'apprentissage (`reglesContrat`).
 *
 * @example
 * ```ts
 * import { evaluerRegles, registreContrat } from "@communs-opco/regles";
 * const resultat = evaluerRegles(registreContrat, contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const registreContrat: RegistreRegles<ContratAControler> = creerRegistre(reglesContrat);
