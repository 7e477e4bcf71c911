/**
 * Constat de validation d'un dossier apprenant selon les règles du Tableau de bord
 * (`indicateurs.md` §1.2–1.3), situé sur la ligne (ou l'élément) et la colonne source.
 * Gravités : `erreur` (la ligne est refusée, comme par le Tableau de bord),
 * `avertissement` (contrôle plus strict du projet : clé SIRET, lettre clé UAI… ; la ligne
 * reste acceptée), `information` (correction silencieuse du Tableau de bord, tracée ici :
 * SIRET employeur invalide effacé, durée hors bornes effacée…). Les messages ne
 * reprennent jamais la valeur d'un champ personnel.
 *
 * @example
 * ```ts
 * const a: AnomalieTdb = {
 *   ligne: 3, champ: "date_de_naissance_apprenant", gravite: "erreur", code: "date_invalide",
 *   message: "Date invalide : attendu AAAA-MM-JJ.",
 * };
 * ```
 */
export interface AnomalieTdb {
  /** Ligne du fichier (1 = en-tête) ou, pour l'API, rang de l'élément dans le tableau (à partir de 0). */
  readonly ligne: number;
  /** Nom de la colonne ou de la propriété source ("" pour la ligne entière). */
  readonly champ: string;
  readonly gravite: "erreur" | "avertissement" | "information";
  readonly code: string;
  readonly message: string;
}
