/**
 * Tranche d'âge de la grille de rémunération des apprentis : moins de 18 ans, 18 à 20 ans,
 * 21 à 25 ans, 26 ans et plus (âge en années révolues).
 */
export type TrancheAgeApprenti = "moins_de_18_ans" | "18_20_ans" | "21_25_ans" | "26_ans_et_plus";

/**
 * Base à laquelle s'applique le pourcentage : le SMIC seul, ou le plus élevé du SMIC et du salaire
 * minimum conventionnel (SMC) de l'emploi occupé.
 */
export type BaseRemunerationApprenti = "smic" | "smic_ou_smc_si_superieur";

/** Taux minimal d'une case de la grille : pourcentage de la base et base retenue. */
export interface TauxMinimalApprenti {
  /** Pourcentage minimal de la base (27 pour 27 %). */
  pourcentage: number;
  base: BaseRemunerationApprenti;
}

/** Définition d'une tranche d'âge : bornes en années révolues, incluses. */
export interface DefinitionTrancheAgeApprenti {
  tranche: TrancheAgeApprenti;
  /** Âge minimal (années révolues) de la tranche, inclus. */
  ageMinimum: number;
  /** Âge maximal (années révolues) de la tranche, inclus ; `null` pour la dernière tranche. */
  ageMaximum: number | null;
}

/**
 * Barème minimal de rémunération des apprentis en vigueur à une date : pour chaque tranche d'âge
 * et chaque année d'exécution du contrat (1 à 4, indice 0 à 3 de `taux`), le pourcentage minimal
 * et sa base. La 4e année (et au-delà) reprend les taux de la 3e année (`nombreAnneesLegales` = 3).
 *
 * @example
 * ```ts
 * import { grilleRemunerationApprenti, valeurParametre } from "@communs-opco/parametres";
 * const bareme = valeurParametre(grilleRemunerationApprenti, "2024-09-01")!.valeur;
 * bareme.taux["18_20_ans"][1]; // { pourcentage: 51, base: "smic" } (2e année, 18-20 ans)
 * ```
 */
export interface BaremeRemunerationApprenti {
  /** Tranches d'âge dans l'ordre croissant. */
  tranches: readonly DefinitionTrancheAgeApprenti[];
  /** Taux par tranche, indice 0 = 1re année d'exécution … indice 3 = 4e année et au-delà. */
  taux: Readonly<
    Record<
      TrancheAgeApprenti,
      readonly [TauxMinimalApprenti, TauxMinimalApprenti, TauxMinimalApprenti, TauxMinimalApprenti]
    >
  >;
  /** Nombre d'années que le texte fixe explicitement ; au-delà, les taux de la dernière année s'appliquent. */
  nombreAnneesLegales: number;
}
