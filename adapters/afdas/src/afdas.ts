import { capacitesSelonMatrice, definirOpcoApiConvergence, FORMES_DATE_DOCUMENTEES, type OpcoApiConvergence } from "@communs-opco/adaptateur-api-convergence";
import { listeRncpAfdas } from "./listeRncpAfdas.js";

/**
 * AFDAS sur l'API Convergence : identité et alias, périmètre IDCC, liste RNCP
 * (`afdas.csv`), capacités datées au 2026-07-28 (§1.9, [S]),
 * authentification « dpop » et particularités. Seules les données propres à
 * AFDAS sont ici ; le code est partagé dans `@communs-opco/adaptateur-api-convergence`.
 *
 * @example
 * ```ts
 * import { afdas } from "@communs-opco/adaptateur-afdas";
 * afdas.capacites.filter((c) => c.disponible).map((c) => c.capacite);
 * ```
 */
export const afdas: OpcoApiConvergence = definirOpcoApiConvergence({
  slug: "afdas",
  listeRncp: listeRncpAfdas,
  capacites: capacitesSelonMatrice(
    { contrats_v1: "production", contrats_v2: "absent", factures: "production", etats_factures: "developpement", conventions: "production", certificats: "production" },
    {
      factures: { remarque: "En production depuis 2022–2023." },
      etats_factures: { prevu: "2026-T2", remarque: "Annoncé pour le 2e trimestre 2026." },
      certificats: { depuis: "2025-10-20", remarque: "Seul OPCO dont l'API des certificats de réalisation est en production." },
    },
  ),
  authentification: { saveur: "dpop", confiance: "F", remarque: "Preuve DPoP (JWT RS256, typ dpop+jwt, jti/htm/htu/iat) dans l'en-tête DPoP de la demande de jeton [F] ; scope non documenté.", source: "opco-echanges.md §1.4 et §2.2" },
  comportement: {
    // Réponse objet au lieu d'une liste [F] : remise dans une liste pour les lectures de dossiers.
    normaliserReponse: (corps, operation) =>
      (operation === "liste_dossiers" || operation === "dossier") && typeof corps === "object" && corps !== null && !Array.isArray(corps) ? [corps] : corps,
  },
  particularites: [
    { description: "Réponses sur numeroDeca : un objet au lieu d'une liste", confiance: "F", source: "opco-echanges.md §2.2 et §8", priseEnCharge: "comportement.normaliserReponse remet l'objet dans une liste (liste_dossiers, dossier)" },
    { description: "Demande de jeton avec preuve DPoP (JWT RS256, typ dpop+jwt)", confiance: "F", source: "opco-echanges.md §1.4", priseEnCharge: "authentification « dpop » : creerPreuveDpop" },
  ],
  // Tolérances de lecture activées : les variantes de forme observées (page enveloppée dans une liste, liste vide en
  // fin de pages, objet au lieu d'une liste, bloc employeur d'une autre version, RUPTURE, natures de frais, comment)
  // ne sont pas attribuées publiquement à un OPCO précis [I] : toutes sont lues, chaque usage est noté dans source.tolerances.
  tolerances: ["page_en_liste", "liste_vide_fin_de_pages", "objet_au_lieu_de_liste", "bloc_employeur_indifferent", "etat_en_toutes_lettres", "nature_frais_orthographe", "commentaire_racine"],
  // Formes de dates à l'écriture : aucun écart connu pour cet OPCO, formes des exemples documentés de la norme [S].
  formesDate: FORMES_DATE_DOCUMENTEES,
});
