import { articleCode, type ReferenceJuridique } from "@communs-opco/parametres";
import { THEMES_CONTROLES, type ThemeControle } from "../themesControles";

/** Adresse publique de la documentation des contrôles dans le dépôt du projet. */
const DOCUMENTATION_CONTROLES = "https://github.com/communs-opco/communs-opco/blob/main/docs/controles.md";

/**
 * Référence à un article du code du travail : adresse de l'article sur Légifrance quand son
 * identifiant `LEGIARTI` est connu, du code sinon (voir `articleCode` de `@communs-opco/parametres`).
 *
 * @example
 * ```ts
 * articleCodeTravail("L6222-7-1").titre; // "Code du travail, article L6222-7-1"
 * ```
 */
export function articleCodeTravail(article: string, precision?: string): ReferenceJuridique {
  return articleCode("travail", article, precision);
}

/**
 * Référence à la notice officielle du CERFA FA13 (formulaire n° 10103, notice n° 51649), pour les
 * contrôles de saisie qui suivent ses consignes de remplissage.
 *
 * @example
 * ```ts
 * noticeCerfa("rubrique « Le contrat »").titre; // "Notice du CERFA FA13 (formulaire n° 10103, notice n° 51649), rubrique « Le contrat »"
 * ```
 */
export function noticeCerfa(rubrique: string): ReferenceJuridique {
  return {
    titre: `Notice du CERFA FA13 (formulaire n° 10103, notice n° 51649), ${rubrique}`,
    url: "https://www.formulaires.service-public.fr/gf/getNotice.do?cerfaNotice=51649&cerfaFormulaire=10103",
  };
}

/**
 * Référence à la section de `docs/controles.md` (dans le dépôt du projet) qui explique le
 * fondement d'un contrôle et ses écarts avec l'application publique de référence ; `controles`
 * nomme les contrôles concernés (identifiants `R-…` repris dans cette section).
 *
 * @example
 * ```ts
 * documentationControle("calendrier", "R-D2").titre;
 * // "Communs OPCO, docs/controles.md, « Dates, durée du contrat et formation » (R-D2)"
 * ```
 */
export function documentationControle(theme: ThemeControle, controles: string, precision?: string): ReferenceJuridique {
  return {
    titre: `Communs OPCO, docs/controles.md, « ${THEMES_CONTROLES[theme].titre} » (${controles})${precision === undefined ? "" : ` : ${precision}`}`,
    url: `${DOCUMENTATION_CONTROLES}#${theme}`,
  };
}
