import type { EmulateurHttp } from "../ServeurEmulateur";

/**
 * Émulateur API Convergence démarré : l'émulateur HTTP, l'URL du point de jeton, le
 * nombre de jetons délivrés, les dépôts reçus (chemin et corps), les documents PDF reçus et
 * les dossiers enregistrés (par numéro interne, modifiables pour simuler l'instruction).
 *
 * @example
 * ```ts
 * const emulateur = await demarrerEmulateurApiConvergence();
 * emulateur.jetonsEmis; // 0
 * ```
 */
export interface EmulateurApiConvergence extends EmulateurHttp {
  readonly urlJeton: string;
  readonly jetonsEmis: number;
  readonly depots: readonly { readonly chemin: string; readonly corps: unknown }[];
  readonly dossiers: Map<string, Record<string, unknown>>;
  /** Documents reçus par `POST /v1/documents` (type, objets, octets décodés du base64). */
  readonly documents: readonly { readonly typeFichier: string; readonly objets: readonly { readonly typeObjet: string; readonly idObjet: string }[]; readonly octets: Uint8Array }[];
  /** Change l'état d'un dossier (instruction simulée) à une date AAAA-MM-JJ. */
  changerEtat(numeroInterne: string, etat: string, date: string, commentaire?: string): void;
}
