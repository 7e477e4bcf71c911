/**
 * Type d'élément récurrent du CERFA : l'employeur, un maître d'apprentissage ou le CFA responsable.
 *
 * @example
 * ```ts
 * const t: TypeProfil = "maitre";
 * ```
 */
export type TypeProfil = "employeur" | "maitre" | "cfa";

/**
 * Profil réutilisable (« élément récurrent ») : les champs d'un bloc, relatifs à ce bloc
 * (`siret`, `adresse.codePostal`, `nom`…), enregistrés une fois et repris dans chaque nouveau
 * contrat.
 *
 * @example
 * ```ts
 * const p: ProfilRecurrent = {
 *   nom: "boulangerie-du-parc", type: "employeur", miseAJour: "2026-01-15",
 *   champs: { siret: "80123456700015", denomination: "BOULANGERIE DU PARC", naf: "10.71C", codeIdcc: "0843" },
 * };
 * ```
 */
export interface ProfilRecurrent {
  /** Nom du profil (repris dans la provenance `profil:<nom>`). */
  nom: string;
  type: TypeProfil;
  /** Date de dernière mise à jour du profil, `null` si inconnue. */
  miseAJour: string | null;
  champs: Readonly<Record<string, unknown>>;
}
