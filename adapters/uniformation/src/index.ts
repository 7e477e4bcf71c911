// Adaptateur Uniformation : données propres à l'OPCO sur l'API Convergence.
import { uniformation } from "./uniformation.js";

export { uniformation } from "./uniformation.js";
export { creerClientUniformation } from "./creerClientUniformation.js";
export { listeRncpUniformation } from "./listeRncpUniformation.js";

/**
 * Identité de Uniformation (slug, nom officiel, désignation, secteurs) d'après `@communs-opco/nomenclatures`.
 *
 * @example
 * ```ts
 * opco.slug; // "uniformation"
 * ```
 */
export const opco = uniformation.opco;

/**
 * Noms de Uniformation dans les systèmes (La bonne alternance, SIRO, Tableau de bord, CFA Dock…).
 *
 * @example
 * ```ts
 * alias.map((a) => a.valeur);
 * ```
 */
export const alias = uniformation.alias;

/**
 * IDCC rattachés à Uniformation (table statique de 2024-11, à recouper avec SIRO).
 *
 * @example
 * ```ts
 * perimetreIdcc.length; // 28
 * ```
 */
export const perimetreIdcc = uniformation.perimetreIdcc;

/**
 * Liste RNCP transmise au Tableau de bord, ou `null` si Uniformation n'en a pas transmis.
 *
 * @example
 * ```ts
 * listeRncp?.codes.length;
 * ```
 */
export const listeRncp = uniformation.listeRncp;

/**
 * Matrice datée des capacités API Convergence de Uniformation (§1.9, [S]).
 *
 * @example
 * ```ts
 * capacites.find((c) => c.capacite === "contrats_v2")?.disponible;
 * ```
 */
export const capacites = uniformation.capacites;

/**
 * Profil d'authentification de Uniformation sur l'API Convergence (§1.4).
 *
 * @example
 * ```ts
 * authentification.saveur; // "scope_api"
 * ```
 */
export const authentification = uniformation.authentification;

/**
 * Particularités de Uniformation passées au client (points d'extension).
 *
 * @example
 * ```ts
 * comportement.statutsIntrouvable;
 * ```
 */
export const comportement = uniformation.comportement;

/**
 * Particularités documentées de Uniformation, étiquetées [F]/[S]/[I], et leur prise en charge.
 *
 * @example
 * ```ts
 * particularites.map((p) => p.description);
 * ```
 */
export const particularites = uniformation.particularites;

/**
 * Adaptateur de format `api-convergence:uniformation` (lecture, écriture, détection).
 *
 * @example
 * ```ts
 * const bilan = await collecterLecture(adaptateur.lire({ nom: "etats.json", octets }));
 * ```
 */
export const adaptateur = uniformation.adaptateur;

/**
 * Tolérances de lecture activées pour Uniformation : variantes de forme des réponses lues
 * (page enveloppée dans une liste, liste vide en fin de pages…), chaque usage noté dans
 * `source.tolerances` et listé dans le rapport de correspondance de l'adaptateur.
 *
 * @example
 * ```ts
 * tolerances.includes("page_en_liste");
 * ```
 */
export const tolerances = uniformation.tolerances;

/**
 * Formes de dates que Uniformation accepte à l'écriture, par charge utile (dossier, convention,
 * certificat, rupture), avec leur confiance et leur source.
 *
 * @example
 * ```ts
 * formesDate.convention; // "date" (AAAA-MM-JJ)
 * ```
 */
export const formesDate = uniformation.formesDate;
