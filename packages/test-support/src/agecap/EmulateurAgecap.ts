import type { EmulateurHttp } from "../ServeurEmulateur";

/**
 * Émulateur AGECAP démarré (HTTPS, TLS mutuel) : jetons délivrés, contrats reçus (par
 * identifiant de télétransmission) et pièces jointes reçues (type « 1 » convention, « 2 »
 * autre ; octets du PDF).
 *
 * @example
 * ```ts
 * agecap.contrats.size; // 1
 * ```
 */
export interface EmulateurAgecap extends EmulateurHttp {
  readonly jetonsEmis: number;
  readonly contrats: Map<string, Record<string, unknown>>;
  readonly piecesJointes: readonly { readonly idContrat: string; readonly idDocument: string; readonly type: string; readonly nomFichier: string; readonly octets: Uint8Array }[];
}
