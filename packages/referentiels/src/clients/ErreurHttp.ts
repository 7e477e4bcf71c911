import { ErreurReferentiel } from "./ErreurReferentiel";

/**
 * Réponse HTTP en erreur (statut hors 2xx) après épuisement des nouvelles tentatives.
 * `donnees` est le corps de réponse décodé (JSON si possible), secrets masqués.
 *
 * @example
 * ```ts
 * catch (erreur) { if (erreur instanceof ErreurHttp && erreur.statut === 429) console.log(erreur.retryAfter); }
 * ```
 */
export class ErreurHttp extends ErreurReferentiel {
  readonly _tag = "ErreurHttp" as const;
  override readonly name = "ErreurHttp";
  readonly statut: number;
  readonly donnees: unknown;
  /** Valeur de l'en-tête `Retry-After` reçue, le cas échéant. */
  readonly retryAfter: string | null;
  /**
   * Message d'erreur du serveur (`message`, `error` ou `erreur` du corps JSON : les API n'ont pas
   * toutes la même forme, ex. le 429 de l'API Apprentissage porte `error` et non `name`).
   */
  readonly messageServeur: string | null;

  constructor(contexte: {
    api: string;
    methode: string;
    url: string;
    statut: number;
    texteStatut: string;
    donnees: unknown;
    retryAfter: string | null;
  }) {
    const messageServeur = extraireMessage(contexte.donnees);
    super(
      `${contexte.api} : la requête ${contexte.methode} ${contexte.url} a échoué (HTTP ${contexte.statut}${contexte.texteStatut ? ` ${contexte.texteStatut}` : ""}${messageServeur === null ? "" : ` : ${messageServeur}`})`,
      contexte,
    );
    this.messageServeur = messageServeur;
    this.statut = contexte.statut;
    this.donnees = contexte.donnees;
    this.retryAfter = contexte.retryAfter;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), statut: this.statut, messageServeur: this.messageServeur, donnees: this.donnees, retryAfter: this.retryAfter };
  }
}

function extraireMessage(donnees: unknown): string | null {
  if (typeof donnees === "string") return donnees.length === 0 ? null : donnees.slice(0, 200);
  if (typeof donnees !== "object" || donnees === null) return null;
  for (const cle of ["message", "error", "erreur"]) {
    const valeur = (donnees as Record<string, unknown>)[cle];
    if (typeof valeur === "string" && valeur.length > 0) return valeur.slice(0, 200);
  }
  return null;
}
