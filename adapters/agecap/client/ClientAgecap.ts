import type { Dossier } from "@communs-opco/schemas";

/**
 * Pièce jointe d'un contrat AGECAP (WS02) : type « 1 » convention de formation ou « 2 »
 * autre, nom du fichier et octets du PDF.
 *
 * @example
 * ```ts
 * const p: PieceJointeAgecap = { type: "1", nomFichier: "convention.pdf", octets };
 * ```
 */
export interface PieceJointeAgecap {
  readonly type: "1" | "2";
  readonly nomFichier: string;
  readonly octets: Uint8Array;
}

/**
 * Client de transport AGECAP : jeton obtenu par `POST authenticate` (mis en cache, redemandé
 * une fois après un 401), WS01 `transmettreContrat` (corps écrit par `contratAgecap`),
 * WS02 `joindrePiece`.
 *
 * @example
 * ```ts
 * const { id } = await client.transmettreContrat(dossier);
 * await client.joindrePiece(id, "convention-1", { type: "1", nomFichier: "convention.pdf", octets });
 * ```
 */
export interface ClientAgecap {
  /** `POST authenticate` (HTTP Basic) : jeton d'accès (aussi obtenu automatiquement par les autres appels). */
  authentifier(): Promise<void>;
  /** WS01 `POST contrats` : renvoie l'identifiant de télétransmission attribué (HTTP 201). */
  transmettreContrat(dossier: Dossier): Promise<{ readonly id: string; readonly reponse: unknown }>;
  /** WS02 `POST contrats/{id}/pj/{documentId}` : pièce jointe PDF en multipart. */
  joindrePiece(idContrat: string, idDocument: string, piece: PieceJointeAgecap): Promise<unknown>;
}
