import type { ReferenceJuridique } from "@communs-opco/parametres";

const CODE_DU_TRAVAIL = "LEGITEXT000006072050";

/**
 * Référence à un article du code du travail (titre, identifiant Légifrance du code, adresse).
 *
 * @example
 * ```ts
 * articleCodeTravail("L6222-7-1").titre; // "Code du travail, article L6222-7-1"
 * ```
 */
export function articleCodeTravail(article: string): ReferenceJuridique {
  return {
    titre: `Code du travail, article ${article}`,
    identifiant: CODE_DU_TRAVAIL,
    url: `https://www.legifrance.gouv.fr/codes/texte_lc/${CODE_DU_TRAVAIL}`,
  };
}

/**
 * Référence à la spécification du projet, pour les contrôles de format ou les propositions qui
 * n'ont pas d'article de loi propre.
 *
 * @example
 * ```ts
 * specificationContrat("§3.2", "R-SIRET-FMT").titre;
 * ```
 */
export function specificationContrat(section: string, idSpecification: string, precision?: string): ReferenceJuridique {
  return {
    titre: `Spécification Communs OPCO, contrat.md ${section} (${idSpecification})${precision === undefined ? "" : ` : ${precision}`}`,
  };
}
