import { capacitesSelonMatrice, definirOpcoApiConvergence, FORMES_DATE_DOCUMENTEES, profilAuthentificationScopeApi, type OpcoApiConvergence } from "@communs-opco/adaptateur-api-convergence";
import { listeRncpUniformation } from "./listeRncpUniformation.js";

/**
 * Uniformation sur l'API Convergence : identité et alias, périmètre IDCC, liste RNCP
 * (`uniformation.csv`), capacités datées au 2026-07-28 (§1.9, [S]),
 * authentification « scope_api » et particularités. Seules les données propres à
 * Uniformation sont ici ; le code est partagé dans `@communs-opco/adaptateur-api-convergence`.
 *
 * @example
 * ```ts
 * import { uniformation } from "@communs-opco/adaptateur-uniformation";
 * uniformation.capacites.filter((c) => c.disponible).map((c) => c.capacite);
 * ```
 */
export const uniformation: OpcoApiConvergence = definirOpcoApiConvergence({
  slug: "uniformation",
  listeRncp: listeRncpUniformation,
  capacites: capacitesSelonMatrice(
    { contrats_v1: "production", contrats_v2: "absent", factures: "developpement", etats_factures: "absent", conventions: "production", certificats: "absent" },
    {
      factures: { remarque: "API factures en développement." },
    },
  ),
  authentification: profilAuthentificationScopeApi,
  particularites: [
    { description: "API factures en développement", confiance: "S", source: "opco-echanges.md §1.9 et §2.2", priseEnCharge: "capacités factures et etats_factures non disponibles : non_pris_en_charge sans appel réseau" },
  ],
  // Tolérances de lecture activées : les variantes de forme observées (page enveloppée dans une liste, liste vide en
  // fin de pages, objet au lieu d'une liste, bloc employeur d'une autre version, RUPTURE, natures de frais, comment)
  // ne sont pas attribuées publiquement à un OPCO précis [I] : toutes sont lues, chaque usage est noté dans source.tolerances.
  tolerances: ["page_en_liste", "liste_vide_fin_de_pages", "objet_au_lieu_de_liste", "bloc_employeur_indifferent", "etat_en_toutes_lettres", "nature_frais_orthographe", "commentaire_racine"],
  // Formes de dates à l'écriture : aucun écart connu pour cet OPCO, formes des exemples documentés de la norme [S].
  formesDate: FORMES_DATE_DOCUMENTEES,
});
