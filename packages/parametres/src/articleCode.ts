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
 * Identifiants `LEGIARTI` vérifiés des articles cités, par code : seuls ces articles reçoivent une
 * adresse Légifrance au niveau de l'article. Un identifiant n'est ajouté qu'après contrôle sur
 * Légifrance (l'identifiant d'un article est propre à une version ; l'adresse `article_lc` mène à
 * la version en vigueur).
 */
const ARTICLES_IDENTIFIES: Readonly<Record<CodeCite, Readonly<Record<string, string>>>> = {
  travail: { "D6222-26": "LEGIARTI000037542834" },
  securiteSociale: {},
  impots: {},
};

/**
 * Référence d'un article de code : le titre nomme l'article ; l'identifiant et l'adresse
 * désignent l'article sur Légifrance quand son identifiant `LEGIARTI` a été vérifié, sinon le code
 * entier (`LEGITEXT…`), l'article étant nommé dans le titre.
 *
 * @example
 * ```ts
 * articleCode("travail", "L6222-1");
 * // { titre: "Code du travail, article L6222-1", identifiant: "LEGITEXT000006072050", url: "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072050" }
 * articleCode("travail", "D6222-26").url;
 * // "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037542834"
 * ```
 */
export function articleCode(code: CodeCite, article: string, precision?: string): ReferenceJuridique {
  const c = CODES[code];
  const titre = `${c.nom}, article ${article}${precision === undefined ? "" : ` ${precision}`}`;
  const legiarti = ARTICLES_IDENTIFIES[code][article];
  if (legiarti !== undefined) return { titre, identifiant: legiarti, url: `https://www.legifrance.gouv.fr/codes/article_lc/${legiarti}` };
  return { titre, identifiant: c.identifiant, url: `https://www.legifrance.gouv.fr/codes/texte_lc/${c.identifiant}` };
}
