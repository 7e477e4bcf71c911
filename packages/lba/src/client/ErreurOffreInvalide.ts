/**
 * Offre refusée **avant envoi** par le client (schéma d'écriture de La bonne alternance non
 * respecté). Aucune requête n'a été émise.
 *
 * @example
 * ```ts
 * try { await client.publier(saisie); }
 * catch (erreur) { if (erreur instanceof ErreurOffreInvalide) for (const p of erreur.problemes) console.log(p.chemin, p.message); }
 * ```
 */
export class ErreurOffreInvalide extends Error {
  readonly _tag = "ErreurOffreInvalide" as const;
  override readonly name = "ErreurOffreInvalide";
  /** Écarts relevés (chemin dans l'offre, message en français). */
  readonly problemes: readonly { chemin: string; message: string }[];

  constructor(problemes: readonly { chemin: string; message: string }[]) {
    super(
      `offre invalide (${problemes.length} écart(s)) : ${problemes
        .slice(0, 3)
        .map((p) => `${p.chemin || "(racine)"} : ${p.message}`)
        .join(" ; ")}`,
    );
    this.problemes = problemes;
  }
}
