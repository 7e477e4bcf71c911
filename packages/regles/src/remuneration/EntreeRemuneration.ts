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
   * Date de consultation du SMIC pour toutes les lignes. Par défaut la date
   * de début du contrat, comme sur le CERFA ; pour le minimum dû mois par mois, voir `echeancierMensuel`.
   */
  dateReferenceSmic?: DateIso;
  /** Département de l'employeur (`"976"` : SMIC de Mayotte). Par défaut, la métropole. */
  departement?: string;
  /** Salaire minimum conventionnel de l'emploi, en euros bruts par mois (base si supérieur au SMIC à partir de 21 ans). */
  smc?: number;
  /**
   * Employeur public : la base est toujours le SMIC (pas de SMC). Contrat conclu jusqu'au
   * 26/04/2020 : la majoration obligatoire selon le niveau du diplôme préparé s'ajoute au minimum ;
   * conclu à partir du 27/04/2020 : le minimum est la grille du secteur privé, et la majoration
   * déclarée (`majorationPubliqueDeclaree`) est donnée à part (R-REM-PUBLIC, D6272-2).
   */
  employeurPublic?: boolean;
  /** Niveau (nomenclature 2019, 3 à 8) du diplôme préparé, pour la majoration obligatoire des contrats publics conclus jusqu'au 26/04/2020 (4 : +10 points, 5 : +20 points). */
  niveauDiplomePrepare?: number;
  /**
   * Majoration déclarée par un employeur public (champ CERFA `remunerationMajoration` : 0, 10 ou
   * 20 points). Pour un contrat conclu à partir du 27/04/2020, facultative : elle ne change pas le
   * minimum légal, mais chaque ligne doit l'inclure (`tauxAvecMajorationDeclaree`).
   */
  majorationPubliqueDeclaree?: number;
  /**
   * Apprenti reconnu travailleur handicapé : les années d'exécution au-delà de la 3e (allongement
   * du contrat) sont payées au taux de la 3e année + 15 points (R6222-48). Un sportif de haut niveau
   * n'a pas cette majoration.
   */
  rqth?: boolean;
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
   * (p. ex. 2 pour un contrat d'un an préparant la 2e année d'un diplôme en deux ans, D6222-28-1).
   * Prioritaire sur `dureeCycleFormationMois`.
   */
  anneeExecutionDebut?: number;
}
