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

/**
 * Tolérances de lecture activées pour Constructys : variantes de forme des réponses lues
 * (page enveloppée dans une liste, liste vide en fin de pages…), chaque usage noté dans
 * `source.tolerances` et listé dans le rapport de correspondance de l'adaptateur.
 *
 * @example
 * ```ts
 * tolerances.includes("page_en_liste");
 * ```
 */
export const tolerances = constructys.tolerances;

/**
 * Formes de dates que Constructys accepte à l'écriture, par charge utile (dossier, convention,
 * certificat, rupture), avec leur confiance et leur source.
 *
 * @example
 * ```ts
 * formesDate.convention; // "date" (AAAA-MM-JJ)
 * ```
 */
export const formesDate = constructys.formesDate;
