import type { OptionsEmulateur } from "../ServeurEmulateur";

/**
 * Options de l'émulateur de l'API d'extraction DECA (DGEFP) : identifiants HTTP Basic
 * attendus, contrats servis (forme DGEFP, `opco-echanges.md` §4.1), taille de page, et
 * options communes (latence, limite de débit, pannes : 429 + `Retry-After`, 5xx, blocage,
 * JSON malformé).
 *
 * @example
 * ```ts
 * const o: OptionsEmulateurDeca = { identifiant: "tba", motDePasse: "secret", taillePage: 2, contrats: [{ detailsContrat: { noContrat: "069202509000123", dateConclusion: "2025-08-25" } }] };
 * ```
 */
export interface OptionsEmulateurDeca extends OptionsEmulateur {
  /** @default "tba" */
  readonly identifiant?: string;
  /** @default "mot-de-passe-emulateur" */
  readonly motDePasse?: string;
  /** Contrats servis ; la fenêtre `[dateDebut, dateFin]` s'applique à `detailsContrat.dateConclusion` (choix de l'émulateur) ; un contrat sans cette date est toujours servi. */
  readonly contrats?: readonly Record<string, unknown>[];
  /** Contrats par page. @default 100 */
  readonly taillePage?: number;
}
