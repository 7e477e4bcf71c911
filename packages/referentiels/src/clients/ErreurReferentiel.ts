/**
 * Étiquettes des erreurs des clients de référentiels (compatibles `Effect.catchTag`).
 *
 * @example
 * ```ts
 * const etiquette: EtiquetteErreurReferentiel = "ErreurHttp";
 * ```
 */
export type EtiquetteErreurReferentiel = "ErreurHttp" | "ErreurReseau" | "ErreurDelai" | "ErreurSchema" | "ErreurAnnulation" | "ErreurSourceCoupee";

/**
 * Classe de base des erreurs des clients de référentiels. Aucune instance ne contient de clé d'API
 * ni de jeton : messages, URL et données sont masqués à la construction ({@link masquerSecrets}),
 * et aucune requête ou en-tête n'est conservé. `_tag` permet `Effect.catchTag`.
 *
 * @example
 * ```ts
 * try { await client.certifications({ rncp: "RNCP37566" }); }
 * catch (erreur) { if (erreur instanceof ErreurReferentiel) console.error(erreur.api, erreur.message); }
 * ```
 */
export abstract class ErreurReferentiel extends Error {
  abstract readonly _tag: EtiquetteErreurReferentiel;
  /** API interrogée (ex. « API Apprentissage »). */
  readonly api: string;
  /** Méthode HTTP. */
  readonly methode: string;
  /** URL appelée, secrets masqués. */
  readonly url: string;

  protected constructor(message: string, contexte: { api: string; methode: string; url: string }) {
    super(message);
    this.api = contexte.api;
    this.methode = contexte.methode;
    this.url = contexte.url;
  }

  /** Forme JSON sûre (sans secret ni pile d'appels). */
  toJSON(): Record<string, unknown> {
    return { _tag: this._tag, name: this.name, message: this.message, api: this.api, methode: this.methode, url: this.url };
  }
}
