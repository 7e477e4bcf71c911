// Adaptateur OPCO 2i : données propres à l'OPCO sur l'API Convergence.
import { opco2i } from "./opco2i.js";

export { opco2i } from "./opco2i.js";
export { creerClientOpco2i } from "./creerClientOpco2i.js";
export { listeRncpOpco2i } from "./listeRncpOpco2i.js";

/**
 * Identité de OPCO 2i (slug, nom officiel, désignation, secteurs) d'après `@communs-opco/nomenclatures`.
 *
 * @example
 * ```ts
 * opco.slug; // "opco2i"
 * ```
 */
export const opco = opco2i.opco;

/**
 * Noms de OPCO 2i dans les systèmes (La bonne alternance, SIRO, Tableau de bord, CFA Dock…).
 *
 * @example
 * ```ts
 * alias.map((a) => a.valeur);
 * ```
 */
export const alias = opco2i.alias;

/**
 * IDCC rattachés à OPCO 2i (table statique de 2024-11, à recouper avec SIRO).
 *
 * @example
 * ```ts
 * perimetreIdcc.length; // 43
 * ```
 */
export const perimetreIdcc = opco2i.perimetreIdcc;

/**
 * Liste RNCP transmise au Tableau de bord, ou `null` si OPCO 2i n'en a pas transmis.
 *
 * @example
 * ```ts
 * listeRncp?.codes.length;
 * ```
 */
export const listeRncp = opco2i.listeRncp;

/**
 * Matrice datée des capacités API Convergence de OPCO 2i (§1.9, [S]).
 *
 * @example
 * ```ts
 * capacites.find((c) => c.capacite === "contrats_v2")?.disponible;
 * ```
 */
export const capacites = opco2i.capacites;

/**
 * Profil d'authentification de OPCO 2i sur l'API Convergence (§1.4).
 *
 * @example
 * ```ts
 * authentification.saveur; // "scope_api"
 * ```
 */
export const authentification = opco2i.authentification;

/**
 * Particularités de OPCO 2i passées au client (points d'extension).
 *
 * @example
 * ```ts
 * comportement.statutsIntrouvable;
 * ```
 */
export const comportement = opco2i.comportement;

/**
 * Particularités documentées de OPCO 2i, étiquetées [F]/[S]/[I], et leur prise en charge.
 *
 * @example
 * ```ts
 * particularites.map((p) => p.description);
 * ```
 */
export const particularites = opco2i.particularites;

/**
 * Adaptateur de format `api-convergence:opco2i` (lecture, écriture, détection).
 *
 * @example
 * ```ts
 * const bilan = await collecterLecture(adaptateur.lire({ nom: "etats.json", octets }));
 * ```
 */
export const adaptateur = opco2i.adaptateur;

/**
 * Tolérances de lecture activées pour OPCO 2i : variantes de forme des réponses lues
 * (page enveloppée dans une liste, liste vide en fin de pages…), chaque usage noté dans
 * `source.tolerances` et listé dans le rapport de correspondance de l'adaptateur.
 *
 * @example
 * ```ts
 * tolerances.includes("page_en_liste");
 * ```
 */
export const tolerances = opco2i.tolerances;

/**
 * Formes de dates que OPCO 2i accepte à l'écriture, par charge utile (dossier, convention,
 * certificat, rupture), avec leur confiance et leur source.
 *
 * @example
 * ```ts
 * formesDate.convention; // "date" (AAAA-MM-JJ)
 * ```
 */
export const formesDate = opco2i.formesDate;
