// Adaptateur ATLAS : données propres à l'OPCO sur l'API Convergence.
import { atlas } from "./atlas.js";

export { atlas } from "./atlas.js";
export { creerClientAtlas } from "./creerClientAtlas.js";
export { listeRncpAtlas } from "./listeRncpAtlas.js";

/**
 * Identité de ATLAS (slug, nom officiel, désignation, secteurs) d'après `@communs-opco/nomenclatures`.
 *
 * @example
 * ```ts
 * opco.slug; // "atlas"
 * ```
 */
export const opco = atlas.opco;

/**
 * Noms de ATLAS dans les systèmes (La bonne alternance, SIRO, Tableau de bord, CFA Dock…).
 *
 * @example
 * ```ts
 * alias.map((a) => a.valeur);
 * ```
 */
export const alias = atlas.alias;

/**
 * IDCC rattachés à ATLAS (table statique de 2024-11, à recouper avec SIRO).
 *
 * @example
 * ```ts
 * perimetreIdcc.length; // 20
 * ```
 */
export const perimetreIdcc = atlas.perimetreIdcc;

/**
 * Liste RNCP transmise au Tableau de bord, ou `null` si ATLAS n'en a pas transmis.
 *
 * @example
 * ```ts
 * listeRncp?.codes.length;
 * ```
 */
export const listeRncp = atlas.listeRncp;

/**
 * Matrice datée des capacités API Convergence de ATLAS (§1.9, [S]).
 *
 * @example
 * ```ts
 * capacites.find((c) => c.capacite === "contrats_v2")?.disponible;
 * ```
 */
export const capacites = atlas.capacites;

/**
 * Profil d'authentification de ATLAS sur l'API Convergence (§1.4).
 *
 * @example
 * ```ts
 * authentification.saveur; // "scope_api"
 * ```
 */
export const authentification = atlas.authentification;

/**
 * Particularités de ATLAS passées au client (points d'extension).
 *
 * @example
 * ```ts
 * comportement.statutsIntrouvable;
 * ```
 */
export const comportement = atlas.comportement;

/**
 * Particularités documentées de ATLAS, étiquetées [F]/[S]/[I], et leur prise en charge.
 *
 * @example
 * ```ts
 * particularites.map((p) => p.description);
 * ```
 */
export const particularites = atlas.particularites;

/**
 * Adaptateur de format `api-convergence:atlas` (lecture, écriture, détection).
 *
 * @example
 * ```ts
 * const bilan = await collecterLecture(adaptateur.lire({ nom: "etats.json", octets }));
 * ```
 */
export const adaptateur = atlas.adaptateur;

/**
 * Tolérances de lecture activées pour ATLAS : variantes de forme des réponses lues
 * (page enveloppée dans une liste, liste vide en fin de pages…), chaque usage noté dans
 * `source.tolerances` et listé dans le rapport de correspondance de l'adaptateur.
 *
 * @example
 * ```ts
 * tolerances.includes("page_en_liste");
 * ```
 */
export const tolerances = atlas.tolerances;

/**
 * Formes de dates que ATLAS accepte à l'écriture, par charge utile (dossier, convention,
 * certificat, rupture), avec leur confiance et leur source.
 *
 * @example
 * ```ts
 * formesDate.convention; // "date" (AAAA-MM-JJ)
 * ```
 */
export const formesDate = atlas.formesDate;
