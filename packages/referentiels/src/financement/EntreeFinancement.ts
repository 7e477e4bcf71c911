/**
 * Frais annexes engagés pour un contrat (le CFA les finance, l'OPCO les prend en charge dans la
 * limite des plafonds légaux). Montants en euros.
 *
 * @example
 * ```ts
 * const f: FraisAnnexes = { repas: { nombre: 100, prixUnitaire: 3.5 }, nuitees: { nombre: 50, prixUnitaire: 6 }, premierEquipement: 500 };
 * ```
 */
export interface FraisAnnexes {
  /** Repas : nombre et prix unitaire demandé (plafonné par repas). */
  repas?: { nombre: number; prixUnitaire: number };
  /** Nuitées d'hébergement : nombre et prix unitaire demandé (plafonné par nuitée). */
  nuitees?: { nombre: number; prixUnitaire: number };
  /** Premier équipement pédagogique (plafonné par apprenti). */
  premierEquipement?: number;
  /** Forfait de mobilité internationale fixé par l'OPCO (pas de plafond légal commun). */
  mobiliteInternationale?: number;
}

/**
 * Données d'un contrat nécessaires au calcul de sa prise en charge (NPEC). Les dates sont au
 * format `AAAA-MM-JJ`, les montants en euros.
 *
 * - `dateConclusion` choisit le régime (avant ou à partir du 1er juillet 2025) et les paramètres ;
 * - `dateRupture` est le dernier jour d'exécution du contrat rompu (inclus) ;
 * - `niveauCertification` : niveau européen de la certification visée (`"6"`…), pour la
 *   participation de l'employeur.
 *
 * @example
 * ```ts
 * const entree: EntreeFinancement = {
 *   dateConclusion: "2025-08-20", dateDebutContrat: "2025-09-01", dateFinContrat: "2027-08-31",
 *   npecAnnuel: 9497, niveauCertification: "5",
 * };
 * ```
 */
export interface EntreeFinancement {
  dateConclusion: string;
  dateDebutContrat: string;
  dateFinContrat: string;
  dateRupture?: string | null;
  /** NPEC annuel en euros. */
  npecAnnuel: number;
  niveauCertification?: string | number | null;
  /** Nouveau contrat avec un autre employeur après une rupture (participation réduite). */
  nouveauContratApresRupture?: boolean;
  /** Majoration RQTH demandée, en euros, par année d'exécution (indice 0 = 1re année). */
  rqth?: { montantsAnnuels: number[]; abandonFormationApresRupture?: boolean };
  fraisAnnexes?: FraisAnnexes;
}
