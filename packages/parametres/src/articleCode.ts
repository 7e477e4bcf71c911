import type { ReferenceJuridique } from "./Parametre";

/** Codes cités par les paramètres, avec leur identifiant Légifrance (`LEGITEXT…`). */
const CODES = {
  travail: { nom: "Code du travail", identifiant: "LEGITEXT000006072050" },
  securiteSociale: { nom: "Code de la sécurité sociale", identifiant: "LEGITEXT000006073189" },
  impots: { nom: "Code général des impôts", identifiant: "LEGITEXT000006069577" },
} as const;

/** Code cité par une référence d'article. */
export type CodeCite = keyof typeof CODES;

/**
 * Référence d'un article de code : le titre nomme l'article, l'identifiant et l'adresse désignent
 * le code sur Légifrance (l'identifiant `LEGIARTI` de l'article, propre à chaque version, n'est pas
 * repris tant qu'il n'a pas été vérifié).
 *
 * @example
 * ```ts
 * articleCode("travail", "L6222-1");
 * // { titre: "Code du travail, article L6222-1", identifiant: "LEGITEXT000006072050", url: "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072050" }
 * ```
 */
export function articleCode(code: CodeCite, article: string, precision?: string): ReferenceJuridique {
  const c = CODES[code];
  return {
    titre: `${c.nom}, article ${article}${precision === undefined ? "" : ` ${precision}`}`,
    identifiant: c.identifiant,
    url: `https://www.legifrance.gouv.fr/codes/texte_lc/${c.identifiant}`,
  };
}
