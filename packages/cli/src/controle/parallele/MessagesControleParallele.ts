import type { ResultatControle } from "../ResultatControle";
import type { EtatIndexLot } from "../IndexLot";
import type { EtatJournalIndexLot } from "../JournalIndexLot";
import type { MorceauLignes } from "./MorceauLignes";

/**
 * Appel d'un suivi des vérifications avant paiement fait dans un fil de calcul, rejoué tel quel
 * dans le fil principal (bilans et export I-OPCO-INDUS y restent uniques).
 *
 * @example
 * ```ts
 * const a: AppelSuivi = { suivi: "montant", args: [valorisation] };
 * ```
 */
export interface AppelSuivi {
  readonly suivi: "bilan" | "montant" | "indus";
  readonly args: readonly unknown[];
}

/**
 * Enregistrement contrôlé par un fil de calcul : résultat complet (non masqué : le fil principal
 * protège les sorties), description de l'enregistrement à examiner, appels de suivi à rejouer.
 *
 * @example
 * ```ts
 * const e: EnregistrementAcheve = { resultat, suivi: [] };
 * ```
 */
export interface EnregistrementAcheve {
  readonly resultat: ResultatControle;
  /** Description brute (non masquée) d'un enregistrement à examiner, quand elle est demandée. */
  readonly description?: string;
  /** OPCO de rattachement d'après l'IDCC de l'employeur (ventilation du rapport HTML), pour un enregistrement lisible. */
  readonly opco?: string;
  readonly suivi: readonly AppelSuivi[];
}

/**
 * Réglages d'un fil de calcul, connus dès le lancement (avant le chargement de l'instantané).
 *
 * @example
 * ```ts
 * const r: ReglagesTravailleur = { dateEvaluation: "2025-11-03", referentiel: "embarque", repertoire: "/tmp" };
 * ```
 */
export interface ReglagesTravailleur {
  readonly dateEvaluation: string;
  /** Option `--referentiel` (embarque, aucun ou dossier d'un instantané local) ; absente : embarque. */
  readonly referentiel?: string;
  readonly repertoire: string;
  /** Slug de l'OPCO payeur (`--opco`). */
  readonly opco?: string;
  /** Les enregistrements à examiner sont-ils décrits (sortie texte ou rapport HTML) ? */
  readonly decrire: boolean;
}

/**
 * Messages du fil principal vers un fil de calcul : réglages, morceau à lire pour l'index du lot
 * (`indexer`, réponse `journal`), index du lot terminé, morceau à contrôler (`morceau`, réponse
 * `resultats`).
 *
 * @example
 * ```ts
 * const m: MessageVersTravailleur = { type: "index", etat: index.etat() };
 * ```
 */
export type MessageVersTravailleur =
  | { readonly type: "reglages"; readonly reglages: ReglagesTravailleur }
  | { readonly type: "index"; readonly etat: EtatIndexLot }
  | { readonly type: "indexer"; readonly id: number; readonly morceau: MorceauLignes }
  | { readonly type: "morceau"; readonly id: number; readonly morceau: MorceauLignes };

/**
 * Messages d'un fil de calcul vers le fil principal.
 *
 * @example
 * ```ts
 * const m: MessageDuTravailleur = { type: "resultats", id: 0, enregistrements: [] };
 * ```
 */
export type MessageDuTravailleur =
  | { readonly type: "resultats"; readonly id: number; readonly enregistrements: readonly EnregistrementAcheve[] }
  | { readonly type: "journal"; readonly id: number; readonly journal: EtatJournalIndexLot }
  | { readonly type: "erreur"; readonly message: string };
