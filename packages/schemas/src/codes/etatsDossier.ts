/**
 * États du cycle de vie partagé d'un dossier de contrat (`opco-echanges.md` §7.1,
 * proposition) : code → libellé français. Les codes reprennent ceux de l'API
 * Convergence quand ils existent (`TRANSMIS`, `ENGAGE`, `REFUSE`, `ANNULE`, `SOLDE`) ;
 * `RUPTU` (API) et `Rompu` (DECA) deviennent `ROMPU`.
 *
 * @example
 * ```ts
 * etatsDossier.EN_COURS_INSTRUCTION; // "En cours d'instruction"
 * ```
 */
export const etatsDossier = {
  BROUILLON: "Brouillon",
  SIGNE: "Signé",
  TRANSMIS: "Transmis à l'OPCO",
  EN_COURS_INSTRUCTION: "En cours d'instruction",
  ENGAGE: "Engagé (prise en charge accordée)",
  DEPOSE: "Déposé (DECA)",
  REFUSE: "Refusé",
  MODIFIE: "Modifié par avenant",
  ROMPU: "Rompu",
  ANNULE: "Annulé",
  SOLDE: "Soldé",
} as const;

/**
 * Noms d'états reçus des sources (API Convergence, AGECAP, DECA, noms anglais de la
 * spécification), en majuscules, et leur état standard.
 *
 * @example
 * ```ts
 * correspondancesEtatDossier["RUPTU"]; // "ROMPU"
 * ```
 */
export const correspondancesEtatDossier: Readonly<Record<string, keyof typeof etatsDossier>> = {
  DRAFT: "BROUILLON",
  SIGNED: "SIGNE",
  TRANSMITTED: "TRANSMIS",
  "TRANSMIS AU GESTIONNAIRE": "TRANSMIS",
  UNDER_REVIEW: "EN_COURS_INSTRUCTION",
  "EN COURS D'INSTRUCTION": "EN_COURS_INSTRUCTION",
  "EN COURS D’INSTRUCTION": "EN_COURS_INSTRUCTION",
  COMMITTED: "ENGAGE",
  "ENGAGÉ": "ENGAGE",
  DEPOSITED: "DEPOSE",
  "DÉPOSÉ": "DEPOSE",
  REFUSED: "REFUSE",
  "REFUSÉ": "REFUSE",
  "NON DÉPOSABLE": "REFUSE",
  "NON DEPOSABLE": "REFUSE",
  AMENDED: "MODIFIE",
  BROKEN: "ROMPU",
  RUPTU: "ROMPU",
  CANCELLED: "ANNULE",
  "ANNULÉ": "ANNULE",
  "SUPPRIMÉ": "ANNULE",
  SUPPRIME: "ANNULE",
  SETTLED: "SOLDE",
  "SOLDÉ": "SOLDE",
};
