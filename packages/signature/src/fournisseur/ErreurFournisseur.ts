/**
 * Erreur d'un appel au prestataire de signature : message en français, statut HTTP, code
 * stable ; jamais la clé d'API.
 *
 * @example
 * ```ts
 * try { await fournisseur.creerDemande(demande); } catch (e) { if (e instanceof ErreurFournisseur) console.error(e.code, e.message); }
 * ```
 */
export class ErreurFournisseur extends Error {
  constructor(
    readonly code: "SIG-FOURNISSEUR-REFUS" | "SIG-FOURNISSEUR-INDISPONIBLE" | "SIG-FOURNISSEUR-REPONSE-ILLISIBLE" | "SIG-FOURNISSEUR-DEMANDE-EXPIREE" | "SIG-FOURNISSEUR-RESEAU",
    message: string,
    readonly statut?: number,
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = "ErreurFournisseur";
  }
}
