import type { StatutOffreLba } from "./StatutOffreLba";

/**
 * Situation du recruteur au dépôt d'une offre.
 *
 * @example
 * ```ts
 * const situation: SituationRecruteur = { entrepriseValidee: true, roleAccorde: true, courrielConfirme: true, delegueeCfa: false };
 * ```
 */
export interface SituationRecruteur {
  /** Données de l'entreprise au statut `VALIDE`. */
  readonly entrepriseValidee: boolean;
  /** Rôle de l'utilisateur sur l'entreprise au statut `GRANTED` (dernier événement). */
  readonly roleAccorde: boolean;
  /** Courriel de l'utilisateur confirmé. */
  readonly courrielConfirme: boolean;
  /** Offre déposée par un CFA pour le compte de l'entreprise (délégation). */
  readonly delegueeCfa: boolean;
}

/**
 * Statut d'une offre à son dépôt : active si elle est déposée par un CFA délégataire, ou si
 * l'entreprise est validée, le rôle accordé et le courriel confirmé ; en attente sinon (elle sera
 * activée, et son expiration recalculée, à la validation du compte).
 *
 * @example
 * ```ts
 * statutInitialOffre({ entrepriseValidee: true, roleAccorde: false, courrielConfirme: true, delegueeCfa: false }); // "Pending"
 * ```
 */
export function statutInitialOffre(situation: SituationRecruteur): Extract<StatutOffreLba, "Active" | "Pending"> {
  if (situation.delegueeCfa) return "Active";
  return situation.entrepriseValidee && situation.roleAccorde && situation.courrielConfirme ? "Active" : "Pending";
}
