// Adaptateur AFDAS : données propres à l'OPCO sur l'API Convergence.
import { afdas } from "./afdas.js";

export { afdas } from "./afdas.js";
export { creerClientAfdas } from "./creerClientAfdas.js";
export { listeRncpAfdas } from "./listeRncpAfdas.js";

/**
 * Identité de AFDAS (slug, nom officiel, désignation, secteurs) d'après `@communs-opco/nomenclatures`.
 *
 * @example
 * ```ts
 * opco.slug; // "afdas"
 * ```
 */
export const opco = afdas.opco;

/**
 * Noms de AFDAS dans les systèmes (La bonne alternance, SIRO, Tableau de bord, CFA Dock…).
 *
 * @example
 * ```ts
 * alias.map((a) => a.valeur);
 * ```
 */
export const alias = afdas.alias;

/**
 * IDCC rattachés à AFDAS (table statique de 2024-11, à recouper avec SIRO).
 *
 * @example
 * ```ts
 * perimetreIdcc.length; // 46
 * ```
 */
export const perimetreIdcc = afdas.perimetreIdcc;

/**
 * Liste RNCP transmise au Tableau de bord, ou `null` si AFDAS n'en a pas transmis.
 *
 * @example
 * ```ts
 * listeRncp?.codes.length;
 * ```
 */
export const listeRncp = afdas.listeRncp;

/**
 * Matrice datée des capacités API Convergence de AFDAS (§1.9, [S]).
 *
 * @example
 * ```ts
 * capacites.find((c) => c.capacite === "contrats_v2")?.disponible;
 * ```
 */
export const capacites = afdas.capacites;

/**
 * Profil d'authentification de AFDAS sur l'API Convergence (§1.4).
 *
 * @example
 * ```ts
 * authentification.saveur; // "dpop"
 * ```
 */
export const authentification = afdas.authentification;

/**
 * Particularités de AFDAS passées au client (points d'extension).
 *
 * @example
 * ```ts
 * comportement.statutsIntrouvable;
 * ```
 */
export const comportement = afdas.comportement;

/**
 * Particularités documentées de AFDAS, étiquetées [F]/[S]/[I], et leur prise en charge.
 *
 * @example
 * ```ts
 * particularites.map((p) => p.description);
 * ```
 */
export const particularites = afdas.particularites;

/**
 * Adaptateur de format `api-convergence:afdas` (lecture, écriture, détection).
 *
 * @example
 * ```ts
 * const bilan = await collecterLecture(adaptateur.lire({ nom: "etats.json", octets }));
 * ```
 */
export const adaptateur = afdas.adaptateur;

/**
 * Tolérances de lecture activées pour AFDAS : variantes de forme des réponses lues
 * (page enveloppée dans une liste, liste vide en fin de pages…), chaque usage noté dans
 * `source.tolerances` et listé dans le rapport de correspondance de l'adaptateur.
 *
 * @example
 * ```ts
 * tolerances.includes("page_en_liste");
 * ```
 */
export const tolerances = afdas.tolerances;

/**
 * Formes de dates que AFDAS accepte à l'écriture, par charge utile (dossier, convention,
 * certificat, rupture), avec leur confiance et leur source.
 *
 * @example
 * ```ts
 * formesDate.convention; // "date" (AAAA-MM-JJ)
 * ```
 */
export const formesDate = afdas.formesDate;
