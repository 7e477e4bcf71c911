import { capacitesSelonMatrice, definirOpcoApiConvergence, FORMES_DATE_DOCUMENTEES, type OpcoApiConvergence } from "@communs-opco/adaptateur-api-convergence";
import { listeRncpOpcoEp } from "./listeRncpOpcoEp.js";

/**
 * OPCO EP sur l'API Convergence : identité et alias, périmètre IDCC, liste RNCP
 * (`ep.csv`), capacités datées au 2026-07-28 (§1.9, [S]),
 * authentification « oidc_sans_scope » et particularités. Seules les données propres à
 * OPCO EP sont ici ; le code est partagé dans `@communs-opco/adaptateur-api-convergence`.
 *
 * @example
 * ```ts
 * import { opcoEp } from "@communs-opco/adaptateur-opco-ep";
 * opcoEp.capacites.filter((c) => c.disponible).map((c) => c.capacite);
 * ```
 */
export const opcoEp: OpcoApiConvergence = definirOpcoApiConvergence({
  slug: "opco-ep",
  listeRncp: listeRncpOpcoEp,
  capacites: capacitesSelonMatrice(
    { contrats_v1: "production", contrats_v2: "recette", factures: "production", etats_factures: "absent", conventions: "production", certificats: "absent" },
    {
      contrats_v2: { remarque: "En recette au 2026-07-28." },
    },
  ),
  authentification: { saveur: "oidc_sans_scope", confiance: "F", remarque: "Realm OIDC …/auth/realms/partenaires-etatiques/protocol/openid-connect/token ; jeton demandé sans scope [F]. L'en-tête X-Audience-Id ne concerne que l'API référentiel entreprise.", source: "opco-echanges.md §1.4 et §2.2" },
  comportement: {
    // « Introuvable » signalé par HTTP 400 [F].
    statutsIntrouvable: [400, 404],
  },
  particularites: [
    { description: "HTTP 400 quand un dossier est introuvable", confiance: "F", source: "opco-echanges.md §2.2 et §8", priseEnCharge: "comportement.statutsIntrouvable = [400, 404] : lecture → null" },
    { description: "Jeton OIDC demandé sans scope", confiance: "F", source: "opco-echanges.md §1.4", priseEnCharge: "authentification « oidc_sans_scope »" },
  ],
  // Tolérances de lecture activées : les variantes de forme observées (page enveloppée dans une liste, liste vide en
  // fin de pages, objet au lieu d'une liste, bloc employeur d'une autre version, RUPTURE, natures de frais, comment)
  // ne sont pas attribuées publiquement à un OPCO précis [I] : toutes sont lues, chaque usage est noté dans source.tolerances.
  tolerances: ["page_en_liste", "liste_vide_fin_de_pages", "objet_au_lieu_de_liste", "bloc_employeur_indifferent", "etat_en_toutes_lettres", "nature_frais_orthographe", "commentaire_racine"],
  // Formes de dates à l'écriture : aucun écart connu pour cet OPCO, formes des exemples documentés de la norme [S].
  formesDate: FORMES_DATE_DOCUMENTEES,
});
