/**
 * Liste des certifications RNCP qu'un OPCO a transmise au Tableau de bord de
 * l'apprentissage (`opco-echanges.md` §2.2) : nom du fichier d'origine, source,
 * licence, remarque, et codes (`RNCP` + chiffres, dans l'ordre du fichier).
 *
 * @example
 * ```ts
 * const l: ListeRncpOpco = { fichier: "afdas.csv", source: "mission-apprentissage/flux-retour-cfas", licence: "MIT", codes: ["RNCP17282"] };
 * ```
 */
export interface ListeRncpOpco {
  readonly fichier: string;
  readonly source: string;
  readonly licence: string;
  readonly remarque?: string;
  readonly codes: readonly string[];
}
