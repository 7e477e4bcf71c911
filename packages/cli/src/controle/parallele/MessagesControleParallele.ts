import type { Constat } from "@communs-opco/regles";
import type { PublicationEnregistrement } from "../publierResultat";
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
 * Ce que les bilans du fil principal lisent d'un constat (règle, statut, gravité, sources
 * manquantes) : le constat complet reste dans la ligne déjà sérialisée.
 *
 * @example
 * ```ts
 * const c: ConstatBilan = { regle: "prepaiement.cfa.connu", statut: "indetermine", severite: "bloquant", manquants: ["uai"] };
 * ```
 */
export type ConstatBilan = Pick<Constat, "regle" | "statut" | "severite" | "manquants">;

/**
 * Enregistrement contrôlé, classé (vérifications non exécutées) et **publié** par un fil de calcul :
 * le fil principal n'a plus qu'à écrire ses sorties dans l'ordre et à tenir les bilans. `ligne` est
 * le résultat protégé (masqué sauf `--en-clair`) déjà sérialisé en JSON, pour `--sortie` et
 * `--json` ; `texte`, sa ligne de la sortie texte (enregistrement à examiner) ; `publie`, le résultat
 * protégé lui-même, seulement pour le rapport HTML. `statut`, `constats` (réduits à ce que lisent
 * les bilans) et `nonExecutees` sont ceux du résultat classé.
 *
 * @example
 * ```ts
 * const e: EnregistrementAcheve = { statut: "conforme", constats: [], ligne: "{…}", suivi: [] };
 * ```
 */
export interface EnregistrementAcheve extends Omit<PublicationEnregistrement, "texte"> {
  /** Ligne de la sortie texte d'un enregistrement à examiner (sortie texte). */
  readonly texte?: string;
  readonly suivi: readonly AppelSuivi[];
}

/**
 * Sorties que le fil principal attend des fils de calcul, connues dès le lancement.
 *
 * @example
 * ```ts
 * const s: SortiesTravailleur = { enClair: false, ligne: true, texte: false, rapport: false };
 * ```
 */
export interface SortiesTravailleur {
  /** `--en-clair` : pas de masquage des données personnelles. */
  readonly enClair: boolean;
  /** Résultats en JSON (`--sortie` ou `--json`). */
  readonly ligne: boolean;
  /** Sortie texte : lignes des enregistrements à examiner. */
  readonly texte: boolean;
  /** Rapport HTML (`--rapport`). */
  readonly rapport: boolean;
}

/**
 * Réglages d'un fil de calcul, connus dès le lancement (avant le chargement de l'instantané).
 *
 * @example
 * ```ts
 * const r: ReglagesTravailleur = { dateEvaluation: "2025-11-03", referentiel: "embarque", repertoire: "/tmp", sorties: { enClair: false, ligne: true, texte: false, rapport: false } };
 * ```
 */
export interface ReglagesTravailleur {
  readonly dateEvaluation: string;
  /** Option `--referentiel` (embarque, aucun ou dossier d'un instantané local) ; absente : embarque. */
  readonly referentiel?: string;
  readonly repertoire: string;
  /** Slug de l'OPCO payeur (`--opco`). */
  readonly opco?: string;
  /** Sorties publiées par les fils. */
  readonly sorties: SortiesTravailleur;
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
 * const m: MessageDuTravailleur = { type: "resultats", id: 0, enregistrements: [], nonExecutees: [0, 0] };
 * ```
 */
export type MessageDuTravailleur =
  | {
      readonly type: "resultats";
      readonly id: number;
      readonly enregistrements: readonly EnregistrementAcheve[];
      /** Contrats du morceau pour chaque vérification non exécutée (ordre de `VerificationsNonExecutees.resume`). */
      readonly nonExecutees: readonly number[];
    }
  | { readonly type: "journal"; readonly id: number; readonly journal: EtatJournalIndexLot }
  | { readonly type: "erreur"; readonly message: string };
