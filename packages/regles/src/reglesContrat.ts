import type { ContratAControler } from "./ContratAControler";
import type { Regle } from "./Regle";

/**
 * Toutes les règles de contrôle du contrat d'apprentissage (contrat.md §3 et rémunération), dans
 * l'ordre du CERFA. Pour ajouter une règle : une ligne d'import et une entrée dans la liste.
 *
 * @example
 * ```ts
 * import { reglesContrat } from "@communs-opco/regles";
 * reglesContrat.map((r) => r.id);
 * ```
 */
export const reglesContrat: readonly Regle<ContratAControler>[] = [
];
