/**
 * Ligne d'un fichier source qui n'a pas pu être retenue, avec sa position et la raison.
 *
 * @example
 * ```ts
 * const rejet: Rejet = { fichier: "npec.xlsx", feuille: "Onglet 3", ligne: 12, champ: "NPEC final", raison: "montant illisible : « abc »" };
 * ```
 */
export interface Rejet {
  /** Nom du fichier source (sans le chemin). */
  fichier: string;
  /** Feuille du classeur ou entrée de l'archive, quand le fichier en contient plusieurs. */
  feuille?: string;
  /** Numéro de ligne (1 = première ligne du fichier ou de la feuille). */
  ligne: number;
  /** Colonne en cause, quand une seule colonne est fautive. */
  champ?: string;
  /** Raison du rejet, en français. */
  raison: string;
}
