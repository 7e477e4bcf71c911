import type { Constat } from "@communs-opco/regles";
import type { SourceEnregistrement } from "./SourceEnregistrement";

/**
 * Statut d'un enregistrement contrôlé : `non_conforme` s'il porte au moins un constat
 * non conforme ; sinon `indetermine` s'il porte au moins un constat indéterminé ; sinon
 * `conforme`. `illisible` : le JSON n'a pas pu être lu (aucune règle n'a pu s'appliquer).
 */
export type StatutEnregistrement = "conforme" | "non_conforme" | "indetermine" | "illisible";

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
}

/**
 * Montant en jeu d'un contrat bloqué avant paiement (I-OPCO-INDUS) : valorisé (centimes) ou non
 * valorisé (raisons : NPEC introuvable, date absente…), jamais 0 € par défaut.
 *
 * @example
 * ```ts
 * const a: AvantPaiementEnregistrement = { statut: "valorise", regles: ["prepaiement.qualiopi"], montantEnJeuCentimes: 1899400 };
 * ```
 */
export type AvantPaiementEnregistrement =
  | { readonly statut: "valorise"; readonly regles: readonly string[]; readonly montantEnJeuCentimes: number }
  | { readonly statut: "non_valorise"; readonly regles: readonly string[]; readonly raisons: readonly string[] };
