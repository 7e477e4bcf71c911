// Adaptateur Constructys : données propres à l'OPCO sur l'API Convergence.
import { constructys } from "./constructys.js";

export { constructys } from "./constructys.js";
export { creerClientConstructys } from "./creerClientConstructys.js";

/**
 * Identité de Constructys (slug, nom officiel, désignation, secteurs) d'après `@communs-opco/nomenclatures`.
 *
 * @example
 * ```ts
 * opco.slug; // "constructys"
 * ```
 */
export const opco = constructys.opco;

/**
 * Noms de Constructys dans les systèmes (La bonne alternance, SIRO, Tableau de bord, CFA Dock…).
 *
 * @example
 * ```ts
 * alias.map((a) => a.valeur);
 * ```
 */
export const alias = constructys.alias;

/**
 * IDCC rattachés à Constructys (table statique de 2024-11, à recouper avec SIRO).
 *
 * @example
 * ```ts
 * perimetreIdcc.length; // 9
 * ```
 */
export const perimetreIdcc = constructys.perimetreIdcc;

/**
 * Liste RNCP transmise au Tableau de bord, ou `null` si Constructys n'en a pas transmis.
 *
 * @example
 * ```ts
 * listeRncp?.codes.length;
 * ```
 */
export const listeRncp = constructys.listeRncp;

/**
 * Matrice datée des capacités API Convergence de Constructys (§1.9, [S]).
 *
 * @example
 * ```ts
 * capacites.find((c) => c.capacite === "contrats_v2")?.disponible;
 * ```
 */
export const capacites = constructys.capacites;

/**
 * Profil d'authentification de Constructys sur l'API Convergence (§1.4).
 *
 * @example
 * ```ts
 * authentification.saveur; // "scope_api"
 * ```
 */
export const authentification = constructys.authentification;

/**
 * Particularités de Constructys passées au client (points d'extension).
 *
 * @example
 * ```ts
 * comportement.statutsIntrouvable;
 * ```
 */
export const comportement = constructys.comportement;

/**
 * Particularités documentées de Constructys, étiquetées [F]/[S]/[I], et leur prise en charge.
 *
 * @example
 * ```ts
 * particularites.map((p) => p.description);
 * ```
 */
export const particularites = constructys.particularites;

/**
 * Adaptateur de format `api-convergence:constructys` (lecture, écriture, détection).
 *
 * @example
 * ```ts
 * const bilan = await collecterLecture(adaptateur.lire({ nom: "etats.json", octets }));
 * ```
 */
export const adaptateur = constructys.adaptateur;
