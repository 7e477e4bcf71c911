// Adaptateur OPCO Santé : données propres à l'OPCO sur l'API Convergence.
import { opcoSante } from "./opcoSante.js";

export { opcoSante } from "./opcoSante.js";
export { creerClientOpcoSante } from "./creerClientOpcoSante.js";

/**
 * Identité de OPCO Santé (slug, nom officiel, désignation, secteurs) d'après `@communs-opco/nomenclatures`.
 *
 * @example
 * ```ts
 * opco.slug; // "opco-sante"
 * ```
 */
export const opco = opcoSante.opco;

/**
 * Noms de OPCO Santé dans les systèmes (La bonne alternance, SIRO, Tableau de bord, CFA Dock…).
 *
 * @example
 * ```ts
 * alias.map((a) => a.valeur);
 * ```
 */
export const alias = opcoSante.alias;

/**
 * IDCC rattachés à OPCO Santé (table statique de 2024-11, à recouper avec SIRO).
 *
 * @example
 * ```ts
 * perimetreIdcc.length; // 9
 * ```
 */
export const perimetreIdcc = opcoSante.perimetreIdcc;

/**
 * Liste RNCP transmise au Tableau de bord, ou `null` si OPCO Santé n'en a pas transmis.
 *
 * @example
 * ```ts
 * listeRncp?.codes.length;
 * ```
 */
export const listeRncp = opcoSante.listeRncp;

/**
 * Matrice datée des capacités API Convergence de OPCO Santé (§1.9, [S]).
 *
 * @example
 * ```ts
 * capacites.find((c) => c.capacite === "contrats_v2")?.disponible;
 * ```
 */
export const capacites = opcoSante.capacites;

/**
 * Profil d'authentification de OPCO Santé sur l'API Convergence (§1.4).
 *
 * @example
 * ```ts
 * authentification.saveur; // "scope_api"
 * ```
 */
export const authentification = opcoSante.authentification;

/**
 * Particularités de OPCO Santé passées au client (points d'extension).
 *
 * @example
 * ```ts
 * comportement.statutsIntrouvable;
 * ```
 */
export const comportement = opcoSante.comportement;

/**
 * Particularités documentées de OPCO Santé, étiquetées [F]/[S]/[I], et leur prise en charge.
 *
 * @example
 * ```ts
 * particularites.map((p) => p.description);
 * ```
 */
export const particularites = opcoSante.particularites;

/**
 * Adaptateur de format `api-convergence:opco-sante` (lecture, écriture, détection).
 *
 * @example
 * ```ts
 * const bilan = await collecterLecture(adaptateur.lire({ nom: "etats.json", octets }));
 * ```
 */
export const adaptateur = opcoSante.adaptateur;

/**
 * Tolérances de lecture activées pour OPCO Santé : variantes de forme des réponses lues
 * (page enveloppée dans une liste, liste vide en fin de pages…), chaque usage noté dans
 * `source.tolerances` et listé dans le rapport de correspondance de l'adaptateur.
 *
 * @example
 * ```ts
 * tolerances.includes("page_en_liste");
 * ```
 */
export const tolerances = opcoSante.tolerances;

/**
 * Formes de dates que OPCO Santé accepte à l'écriture, par charge utile (dossier, convention,
 * certificat, rupture), avec leur confiance et leur source.
 *
 * @example
 * ```ts
 * formesDate.convention; // "date" (AAAA-MM-JJ)
 * ```
 */
export const formesDate = opcoSante.formesDate;
