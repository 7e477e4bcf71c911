// Adaptateur OPCO Mobilités : données propres à l'OPCO sur l'API Convergence.
import { opcoMobilites } from "./opcoMobilites.js";

export { opcoMobilites } from "./opcoMobilites.js";
export { creerClientOpcoMobilites } from "./creerClientOpcoMobilites.js";
export { listeRncpOpcoMobilites } from "./listeRncpOpcoMobilites.js";

/**
 * Identité de OPCO Mobilités (slug, nom officiel, désignation, secteurs) d'après `@communs-opco/nomenclatures`.
 *
 * @example
 * ```ts
 * opco.slug; // "opco-mobilites"
 * ```
 */
export const opco = opcoMobilites.opco;

/**
 * Noms de OPCO Mobilités dans les systèmes (La bonne alternance, SIRO, Tableau de bord, CFA Dock…).
 *
 * @example
 * ```ts
 * alias.map((a) => a.valeur);
 * ```
 */
export const alias = opcoMobilites.alias;

/**
 * IDCC rattachés à OPCO Mobilités (table statique de 2024-11, à recouper avec SIRO).
 *
 * @example
 * ```ts
 * perimetreIdcc.length; // 22
 * ```
 */
export const perimetreIdcc = opcoMobilites.perimetreIdcc;

/**
 * Liste RNCP transmise au Tableau de bord, ou `null` si OPCO Mobilités n'en a pas transmis.
 *
 * @example
 * ```ts
 * listeRncp?.codes.length;
 * ```
 */
export const listeRncp = opcoMobilites.listeRncp;

/**
 * Matrice datée des capacités API Convergence de OPCO Mobilités (§1.9, [S]).
 *
 * @example
 * ```ts
 * capacites.find((c) => c.capacite === "contrats_v2")?.disponible;
 * ```
 */
export const capacites = opcoMobilites.capacites;

/**
 * Profil d'authentification de OPCO Mobilités sur l'API Convergence (§1.4).
 *
 * @example
 * ```ts
 * authentification.saveur; // "scope_api"
 * ```
 */
export const authentification = opcoMobilites.authentification;

/**
 * Particularités de OPCO Mobilités passées au client (points d'extension).
 *
 * @example
 * ```ts
 * comportement.statutsIntrouvable;
 * ```
 */
export const comportement = opcoMobilites.comportement;

/**
 * Particularités documentées de OPCO Mobilités, étiquetées [F]/[S]/[I], et leur prise en charge.
 *
 * @example
 * ```ts
 * particularites.map((p) => p.description);
 * ```
 */
export const particularites = opcoMobilites.particularites;

/**
 * Adaptateur de format `api-convergence:opco-mobilites` (lecture, écriture, détection).
 *
 * @example
 * ```ts
 * const bilan = await collecterLecture(adaptateur.lire({ nom: "etats.json", octets }));
 * ```
 */
export const adaptateur = opcoMobilites.adaptateur;

/**
 * Tolérances de lecture activées pour OPCO Mobilités : variantes de forme des réponses lues
 * (page enveloppée dans une liste, liste vide en fin de pages…), chaque usage noté dans
 * `source.tolerances` et listé dans le rapport de correspondance de l'adaptateur.
 *
 * @example
 * ```ts
 * tolerances.includes("page_en_liste");
 * ```
 */
export const tolerances = opcoMobilites.tolerances;

/**
 * Formes de dates que OPCO Mobilités accepte à l'écriture, par charge utile (dossier, convention,
 * certificat, rupture), avec leur confiance et leur source.
 *
 * @example
 * ```ts
 * formesDate.convention; // "date" (AAAA-MM-JJ)
 * ```
 */
export const formesDate = opcoMobilites.formesDate;
