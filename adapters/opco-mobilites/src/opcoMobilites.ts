import { capacitesSelonMatrice, definirOpcoApiConvergence, FORMES_DATE_DOCUMENTEES, profilAuthentificationScopeApi, type OpcoApiConvergence } from "@communs-opco/adaptateur-api-convergence";
import { listeRncpOpcoMobilites } from "./listeRncpOpcoMobilites.js";

/**
 * OPCO Mobilités sur l'API Convergence : identité et alias, périmètre IDCC, liste RNCP
 * (`mobilite.csv`), capacités datées au 2026-07-28 (§1.9, [S]),
 * authentification « scope_api » et particularités. Seules les données propres à
 * OPCO Mobilités sont ici ; le code est partagé dans `@communs-opco/adaptateur-api-convergence`.
 *
 * @example
 * ```ts
 * import { opcoMobilites } from "@communs-opco/adaptateur-opco-mobilites";
 * opcoMobilites.capacites.filter((c) => c.disponible).map((c) => c.capacite);
 * ```
 */
export const opcoMobilites: OpcoApiConvergence = definirOpcoApiConvergence({
  slug: "opco-mobilites",
  listeRncp: listeRncpOpcoMobilites,
  capacites: capacitesSelonMatrice({ contrats_v1: "production", contrats_v2: "production", factures: "production", etats_factures: "production", conventions: "production", certificats: "absent" }),
  authentification: profilAuthentificationScopeApi,
  // Tolérances de lecture activées : les variantes de forme observées (page enveloppée dans une liste, liste vide en
  // fin de pages, objet au lieu d'une liste, bloc employeur d'une autre version, RUPTURE, natures de frais, comment)
  // ne sont pas attribuées publiquement à un OPCO précis [I] : toutes sont lues, chaque usage est noté dans source.tolerances.
  tolerances: ["page_en_liste", "liste_vide_fin_de_pages", "objet_au_lieu_de_liste", "bloc_employeur_indifferent", "etat_en_toutes_lettres", "nature_frais_orthographe", "commentaire_racine"],
  // Formes de dates à l'écriture : aucun écart connu pour cet OPCO, formes des exemples documentés de la norme [S].
  formesDate: FORMES_DATE_DOCUMENTEES,
});
