import type { ReferenceJuridique } from "@communs-opco/parametres";

const CODE_DU_TRAVAIL = "LEGITEXT000006072050";

function article(numero: string, precision?: string): ReferenceJuridique {
  return {
    titre: `Code du travail, article ${numero}${precision === undefined ? "" : ` (${precision})`}`,
    identifiant: CODE_DU_TRAVAIL,
    url: `https://www.legifrance.gouv.fr/codes/texte_lc/${CODE_DU_TRAVAIL}`,
  };
}

/**
 * Références juridiques des règles de rémunération de l'apprenti (remuneration.md §1, §4 et §6).
 * Les articles dont la spécification demande la vérification le disent dans leur titre.
 *
 * @example
 * ```ts
 * referencesRemuneration.grille.titre; // "Code du travail, article D6222-26"
 * ```
 */
export const referencesRemuneration = {
  grille: {
    titre: "Code du travail, article D6222-26",
    identifiant: "LEGIARTI000037542834",
    url: "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037542834",
  },
  changementTranche: article("D6222-34", "changement de tranche au 1er jour du mois suivant l'anniversaire ; article à vérifier"),
  dureeReduite: article("D6222-28", "durée du contrat inférieure au cycle de formation"),
  contratsSuccessifs: article("D6222-29", "contrats successifs"),
  smc: {
    titre:
      "Spécification Communs OPCO, contrat.md §4 (R-REM-SMC) : à partir de 21 ans, le salaire minimum conventionnel s'applique s'il est plus avantageux",
  },
  salaireEmbauche: { titre: "Spécification Communs OPCO, contrat.md §2.5 et remuneration.md §4.4 : salaire d'embauche = salaire brut de la ligne 1.1" },
} as const satisfies Record<string, ReferenceJuridique>;
