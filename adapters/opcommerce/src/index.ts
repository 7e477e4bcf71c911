// Adaptateur L'Opcommerce : données propres à l'OPCO sur l'API Convergence.
import { opcommerce } from "./opcommerce.js";

export { opcommerce } from "./opcommerce.js";
export { creerClientOpcommerce } from "./creerClientOpcommerce.js";

/**
 * Identité de L'Opcommerce (slug, nom officiel, désignation, secteurs) d'après `@communs-opco/nomenclatures`.
 *
 * @example
 * ```ts
 * opco.slug; // "opcommerce"
 * ```
 */
export const opco = opcommerce.opco;

/**
 * Noms de L'Opcommerce dans les systèmes (La bonne alternance, SIRO, Tableau de bord, CFA Dock…).
 *
 * @example
 * ```ts
 * alias.map((a) => a.valeur);
 * ```
 */
export const alias = opcommerce.alias;

/**
 * IDCC rattachés à L'Opcommerce (table statique de 2024-11, à recouper avec SIRO).
 *
 * @example
 * ```ts
 * perimetreIdcc.length; // 21
 * ```
 */
export const perimetreIdcc = opcommerce.perimetreIdcc;

/**
 * Liste RNCP transmise au Tableau de bord, ou `null` si L'Opcommerce n'en a pas transmis.
 *
 * @example
 * ```ts
 * listeRncp?.codes.length;
 * ```
 */
export const listeRncp = opcommerce.listeRncp;

/**
 * Matrice datée des capacités API Convergence de L'Opcommerce (§1.9, [S]).
 *
 * @example
 * ```ts
 * capacites.find((c) => c.capacite === "contrats_v2")?.disponible;
 * ```
 */
export const capacites = opcommerce.capacites;

/**
 * Profil d'authentification de L'Opcommerce sur l'API Convergence (§1.4).
 *
 * @example
 * ```ts
 * authentification.saveur; // "scope_api"
 * ```
 */
export const authentification = opcommerce.authentification;

/**
 * Particularités de L'Opcommerce passées au client (points d'extension).
 *
 * @example
 * ```ts
 * comportement.statutsIntrouvable;
 * ```
 */
export const comportement = opcommerce.comportement;

/**
 * Particularités documentées de L'Opcommerce, étiquetées [F]/[S]/[I], et leur prise en charge.
 *
 * @example
 * ```ts
 * particularites.map((p) => p.description);
 * ```
 */
export const particularites = opcommerce.particularites;

/**
 * Adaptateur de format `api-convergence:opcommerce` (lecture, écriture, détection).
 *
 * @example
 * ```ts
 * const bilan = await collecterLecture(adaptateur.lire({ nom: "etats.json", octets }));
 * ```
 */
export const adaptateur = opcommerce.adaptateur;

/**
 * Tolérances de lecture activées pour L'Opcommerce : variantes de forme des réponses lues
 * (page enveloppée dans une liste, liste vide en fin de pages…), chaque usage noté dans
 * `source.tolerances` et listé dans le rapport de correspondance de l'adaptateur.
 *
 * @example
 * ```ts
 * tolerances.includes("page_en_liste");
 * ```
 */
export const tolerances = opcommerce.tolerances;

/**
 * Formes de dates que L'Opcommerce accepte à l'écriture, par charge utile (dossier, convention,
 * certificat, rupture), avec leur confiance et leur source.
 *
 * @example
 * ```ts
 * formesDate.convention; // "date" (AAAA-MM-JJ)
 * ```
 */
export const formesDate = opcommerce.formesDate;
