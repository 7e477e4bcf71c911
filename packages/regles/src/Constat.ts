import type { ParametreConsulte, ReferenceJuridique } from "@communs-opco/parametres";

/**
 * Gravité d'une règle : `bloquant` empêche la prise en charge, `avertissement` appelle une vérification, `information` renseigne.
 *
 * @example
 * ```ts
 * const s: Severite = "avertissement";
 * ```
 */
export type Severite = "bloquant" | "avertissement" | "information";

/**
 * Statut d'un constat : `non_conforme` (la règle est violée) ou `indetermine` (la règle ne peut
 * pas trancher : donnée manquante, référentiel injoignable). « Indéterminé » n'est jamais « conforme ».
 *
 * @example
 * ```ts
 * const s: StatutConstat = "indetermine";
 * ```
 */
export type StatutConstat = "non_conforme" | "indetermine";

/**
 * Un constat produit par une règle : données sérialisables en JSON, jamais une exception.
 *
 * @example
 * ```ts
 * const constat: Constat = {
 *   regle: "contrat.duree.minimum",
 *   severite: "bloquant",
 *   statut: "non_conforme",
 *   chemins: ["contrat.dateDebutContrat", "contrat.dateFinContrat"],
 *   message: "La durée du contrat (4 mois) est inférieure au minimum légal de 6 mois.",
 *   references: [{ titre: "Code du travail, article L6222-7-1" }],
 *   parametres: [],
 *   details: { dureeMois: 4, minimumMois: 6 },
 * };
 * ```
 */
export interface Constat {
  /** Identifiant stable de la règle, en notation pointée. */
  regle: string;
  severite: Severite;
  statut: StatutConstat;
  /** Chemins (notation pointée) des données d'entrée concernées. */
  chemins: string[];
  /** Message en français, lisible par un gestionnaire OPCO. */
  message: string;
  references: readonly ReferenceJuridique[];
  /** Paramètres légaux consultés, avec leur valeur et leur date d'effet. */
  parametres: ParametreConsulte<unknown>[];
  /** Valeurs comparées et valeurs intermédiaires (âge calculé, minimum retenu…). */
  details: Record<string, unknown>;
  /** Pour un constat `indetermine` : chemins des données manquantes ou source absente. */
  manquants?: string[];
}
