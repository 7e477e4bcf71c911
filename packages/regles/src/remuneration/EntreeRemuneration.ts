import type { DateIso } from "./dates/DateIso";

/**
 * Contrat précédent de l'apprenti, pour la règle des contrats successifs (C. trav. D6222-29,
 * règle R-REM-SUCC).
 *
 * @example
 * ```ts
 * const precedent: ContratPrecedent = { memeEmployeur: true, tauxDerniereAnnee: 51, tauxMinimalDerniereAnnee: 51 };
 * ```
 */
export interface ContratPrecedent {
  /** Vrai si le nouveau contrat est conclu avec le même employeur (typeContratApp 21). */
  memeEmployeur: boolean;
  /** Taux (en % de la base) effectivement perçu pendant la dernière année du contrat précédent. */
  tauxDerniereAnnee: number;
  /** Taux minimal légal auquel l'apprenti pouvait prétendre pendant cette dernière année. */
  tauxMinimalDerniereAnnee: number;
}

/**
 * Données d'entrée du calcul de la rémunération minimale d'un apprenti. Toutes les dates sont
 * des dates civiles `AAAA-MM-JJ` fournies par l'appelant : le calcul ne lit jamais l'horloge.
 *
 * @example
 * ```ts
 * const entree: EntreeRemuneration = {
 *   dateNaissance: "2008-01-10",
 *   dateDebutContrat: "2024-09-01",
 *   dateFinContrat: "2026-08-31",
 *   departement: "75",
 * };
 * ```
 */
export interface EntreeRemuneration {
  dateNaissance: DateIso;
  /** Date de début d'exécution du contrat : origine des années d'exécution et date du SMIC du CERFA. */
  dateDebutContrat: DateIso;
  dateFinContrat: DateIso;
  /**
   * Date de conclusion (signature) du contrat : date de consultation de la grille (un contrat
   * conclu avant le 01/01/2019 garde l'ancienne grille). Par défaut, la date de début.
   */
  dateConclusion?: DateIso;
  /**
   * Date de consultation du SMIC pour toutes les lignes (remuneration.md §2.2). Par défaut la date
   * de début du contrat, comme sur le CERFA ; pour le minimum dû mois par mois, voir `echeancierMensuel`.
   */
  dateReferenceSmic?: DateIso;
  /** Département de l'employeur (`"976"` : SMIC de Mayotte). Par défaut, la métropole. */
  departement?: string;
  /** Salaire minimum conventionnel de l'emploi, en euros bruts par mois (base si supérieur au SMIC à partir de 21 ans). */
  smc?: number;
  /**
   * Employeur public : la base est toujours le SMIC (pas de SMC) et la majoration du secteur
   * public s'ajoute selon le niveau du diplôme préparé (R-REM-PUBLIC).
   */
  employeurPublic?: boolean;
  /** Niveau (nomenclature 2019, 3 à 8) du diplôme préparé, pour la majoration du secteur public (4 : +10 points, 5 : +20 points). */
  niveauDiplomePrepare?: number;
  /** Contrat précédent (contrats successifs, D6222-29) : plancher du taux de chaque période. */
  contratPrecedent?: ContratPrecedent;
  /**
   * Durée du cycle de formation en mois, quand le contrat est plus court que le cycle (D6222-28) :
   * l'apprenti est réputé avoir accompli la différence, et les années d'exécution sont décalées
   * d'autant.
   */
  dureeCycleFormationMois?: number;
  /**
   * Année d'exécution (1 à 4) à laquelle commence le contrat, quand elle est connue directement
   * (p. ex. 2 pour un contrat d'un an préparant la 2e année d'un diplôme en deux ans, D6222-28).
   * Prioritaire sur `dureeCycleFormationMois`.
   */
  anneeExecutionDebut?: number;
}
