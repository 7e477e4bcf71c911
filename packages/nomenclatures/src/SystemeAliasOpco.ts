/**
 * Système d'information où un nom d'OPCO est employé :
 * - `lba_cle` : clé / nom court de La bonne alternance (ancien `opco_short_name`, paramètre `opco` de l'API v1) ;
 * - `lba_libelle` : libellé stocké par La bonne alternance (`opco`, `workplace_opco`) et énumération de l'API Apprentissage ;
 * - `lba_affichage` : libellé affiché par La bonne alternance ;
 * - `lba_origine` : origines de comptes et d'offres de La bonne alternance (`RECRUITER_USER_ORIGIN`, `offer_origin` normalisé) ;
 * - `france_competences` : `opcoRattachement.nom` de l'API SIRO de France compétences ;
 * - `tdb` : slug du Tableau de bord de l'apprentissage (`OpcoName`) ;
 * - `cfadock` : `opcoName` de CFA Dock et autres noms longs ;
 * - `contrat_idcc` : nom employé par la table IDCC → OPCO de l'application « contrat » ;
 * - `canonique` : énumération canonique proposée par la spécification.
 *
 * @example
 * ```ts
 * import { opcoParSlug } from "@communs-opco/nomenclatures";
 * opcoParSlug("opco-ep").alias.find((a) => a.systeme === "tdb")?.valeur; // "ep"
 * ```
 */
export type SystemeAliasOpco =
  | "lba_cle"
  | "lba_libelle"
  | "lba_affichage"
  | "lba_origine"
  | "france_competences"
  | "tdb"
  | "cfadock"
  | "contrat_idcc"
  | "canonique";
