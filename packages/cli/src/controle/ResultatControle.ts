import type { Constat } from "@communs-opco/regles";
import type { SourceEnregistrement } from "./SourceEnregistrement";

/**
 * Statut d'un enregistrement contrôlé : `non_conforme` s'il porte au moins un constat
 * non conforme ; sinon `indetermine` s'il porte au moins un constat indéterminé (doute tiré des
 * données du contrat ou d'une source injoignable) ; sinon `conforme_verifications_executees` si
 * une vérification (ou une partie) n'a pas pu être exécutée pour lui faute de source dans cette
 * exécution (service en ligne uniquement, extrait, `--referentiel aucun`… : voir
 * `resume.nonExecutees`), et `conforme` si tout a été exécuté. `illisible` : le JSON n'a pas pu
 * être lu (aucune règle n'a pu s'appliquer).
 */
export type StatutEnregistrement = "conforme" | "conforme_verifications_executees" | "non_conforme" | "indetermine" | "illisible";

/**
 * Résultat du contrôle d'un enregistrement, tel qu'il figure dans la sortie `--json` de
 * `opco controle`.
 *
 * @example
 * ```ts
 * const r: ResultatControle = {
 *   index: 1, source: { fichier: "contrats.jsonl", ligne: 1 }, statut: "conforme", constats: [],
 * };
 * ```
 */
export interface ResultatControle {
  /** Rang de l'enregistrement, à partir de 1, sur l'ensemble des fichiers lus. */
  readonly index: number;
  readonly source: SourceEnregistrement;
  readonly statut: StatutEnregistrement;
  /** Constats des règles (et du schéma), dans l'ordre du registre. Vide pour un enregistrement illisible. */
  readonly constats: readonly Constat[];
  /** Enregistrement illisible : la raison (JSON invalide, ligne tronquée…). */
  readonly raison?: string;
  /**
   * Financement suspendu par au moins un constat bloquant non conforme d'une vérification avant
   * paiement (règles `regles`) : montant en jeu en centimes (total de l'échéancier NPEC), ou
   * raisons pour lesquelles il n'a pas pu être calculé. Absent sinon.
   */
  readonly avantPaiement?: AvantPaiementEnregistrement;
  /**
   * Vérifications (`prepaiement.*`) non exécutées, en tout ou partie, pour cet enregistrement faute
   * de source dans l'exécution (détail dans `resume.nonExecutees`) ; absent si tout a été exécuté.
   */
  readonly nonExecutees?: readonly string[];
}

/**
 * Montant en jeu d'un contrat bloqué avant paiement (I-OPCO-INDUS) : valorisé (centimes) ou non
 * valorisé (`montantEnJeuCentimes: null`, `raison` et `raisons` : NPEC introuvable, date
 * absente…), jamais 0 € par défaut.
 *
 * @example
 * ```ts
 * const a: AvantPaiementEnregistrement = { statut: "valorise", regles: ["prepaiement.qualiopi"], montantEnJeuCentimes: 1899400 };
 * ```
 */
export type AvantPaiementEnregistrement =
  | { readonly statut: "valorise"; readonly regles: readonly string[]; readonly montantEnJeuCentimes: number }
  | { readonly statut: "non_valorise"; readonly regles: readonly string[]; readonly montantEnJeuCentimes: null; readonly raison: string; readonly raisons: readonly string[] };
