import type { NpecApplicable } from "./NpecApplicable";
import type { ValeurNpec } from "./ValeurNpec";

/**
 * Issue d'une recherche de NPEC : `trouve` (une seule valeur applicable), `absent` (aucune valeur
 * pour ce couple à cette date : valeur d'amorçage possible) ou `indetermine` (NC/NR, plusieurs
 * CPNE, valeurs contradictoires) — jamais une valeur devinée.
 *
 * @example
 * ```ts
 * const r: ResultatRechercheNpec = { statut: "absent", raison: "aucun NPEC pour RNCP1 et l'IDCC 0478 au 2024-09-01" };
 * ```
 */
export type ResultatRechercheNpec =
  | { statut: "trouve"; valeur: NpecApplicable }
  | { statut: "absent"; raison: string }
  | { statut: "indetermine"; raison: string; candidats: ValeurNpec[] };
