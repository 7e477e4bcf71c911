import type { OptionsEmulateur } from "../ServeurEmulateur";
import type { CertificatsTest } from "./CertificatsTest";

/**
 * Options de l'émulateur AGECAP : certificats du TLS mutuel (voir `genererCertificatsTest`),
 * identifiants HTTP Basic de `POST authenticate`, durée du jeton (ms, horloge injectée), et
 * options communes (latence, limite de débit, pannes).
 *
 * @example
 * ```ts
 * const o: OptionsEmulateurAgecap = { certificats: genererCertificatsTest(), identifiant: "celia", motDePasse: "s" };
 * ```
 */
export interface OptionsEmulateurAgecap extends OptionsEmulateur {
  readonly certificats: CertificatsTest;
  /** @default "agecap" */
  readonly identifiant?: string;
  /** @default "mot-de-passe-agecap" */
  readonly motDePasse?: string;
  /** Durée de validité d'un jeton, en ms. @default 3600000 */
  readonly dureeJetonMs?: number;
  /** Horloge en ms. @default Date.now */
  readonly horloge?: () => number;
}
