import { ErreurReferentiel } from "./ErreurReferentiel";

/**
 * Écart de schéma (ou JSON illisible) : l'appel HTTP a réussi mais la réponse n'a pas la forme attendue.
 * Ne dérive pas d'{@link ErreurHttp} : l'API a répondu, ce sont ses données qui sont rejetées.
 *
 * @example
 * ```ts
 * catch (erreur) { if (erreur instanceof ErreurSchema) for (const p of erreur.problemes) console.log(p.chemin, p.message); }
 * ```
 */
export class ErreurSchema extends ErreurReferentiel {
  readonly _tag = "ErreurSchema" as const;
  override readonly name = "ErreurSchema";
  /** Problèmes relevés (chemin dans la réponse, message de validation). */
  readonly problemes: readonly { chemin: string; message: string }[];

  constructor(contexte: {
    api: string;
    methode: string;
    url: string;
    problemes: readonly { chemin: string; message: string }[];
  }) {
    const resume = contexte.problemes
      .slice(0, 3)
      .map((probleme) => `${probleme.chemin || "(racine)"} : ${probleme.message}`)
      .join(" ; ");
    super(
      `${contexte.api} : réponse inattendue pour ${contexte.methode} ${contexte.url} (${contexte.problemes.length} écart(s) de schéma : ${resume})`,
      contexte,
    );
    this.problemes = contexte.problemes;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), problemes: this.problemes };
  }
}
