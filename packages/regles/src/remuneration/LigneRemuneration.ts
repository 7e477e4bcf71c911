import type { BaseRemunerationApprenti } from "@communs-opco/parametres";
import type { PeriodeRemuneration } from "./PeriodeRemuneration";

/**
 * Une ligne de rémunération (CERFA : `contrat.remunerationsAnnuelles[]`) : la période, le taux
 * minimal légal et le salaire brut mensuel minimal correspondant.
 *
 * @example
 * ```ts
 * const l: LigneRemuneration = {
 *   annee: 1, numero: "1.1", debut: "2024-09-01", fin: "2025-08-31", age: 16, tranche: "moins_de_18_ans",
 *   taux: 27, tauxMinimal: 27, tauxGrille: 27, majorationPublique: 0, baseGrille: "smic",
 *   base: "SMIC", baseMensuelle: 1766.92, salaireBrut: 477.07,
 * };
 * ```
 */
export interface LigneRemuneration extends PeriodeRemuneration {
  /** Taux retenu (% de la base) ; égal au taux minimal. */
  taux: number;
  /** Taux minimal légal : grille + majoration publique obligatoire + majoration RQTH, au moins le plancher du contrat précédent. */
  tauxMinimal: number;
  /** Taux de la grille D6222-26 pour la tranche et l'année. */
  tauxGrille: number;
  /** Points de majoration **obligatoire** du secteur public ajoutés à la grille (contrats conclus jusqu'au 26/04/2020 ; 0 sinon). */
  majorationPublique: number;
  /** Points ajoutés pendant l'allongement du contrat d'un apprenti RQTH (années au-delà de la 3e, R6222-48), s'il y en a. */
  majorationRqth?: number;
  /** Majoration facultative déclarée par un employeur public (contrats conclus à partir du 27/04/2020), à part du minimum légal. */
  majorationDeclaree?: number;
  /** Taux minimal + majoration déclarée : le taux que la ligne du contrat doit porter quand une majoration est déclarée. */
  tauxAvecMajorationDeclaree?: number;
  /** Salaire brut correspondant à `tauxAvecMajorationDeclaree`, arrondi au centime supérieur. */
  salaireBrutAvecMajorationDeclaree?: number;
  /** Plancher issu du contrat précédent (D6222-29), s'il y en a un. */
  plancherContratPrecedent?: number;
  /** Base prévue par la grille pour la tranche. */
  baseGrille: BaseRemunerationApprenti;
  /** Base effectivement retenue : le SMIC, ou le SMC quand la grille le permet et qu'il est supérieur. */
  base: "SMIC" | "SMC";
  /** Montant mensuel de la base retenue, en euros. */
  baseMensuelle: number;
  /** Salaire brut mensuel minimal, arrondi au centime supérieur, en euros. */
  salaireBrut: number;
}
