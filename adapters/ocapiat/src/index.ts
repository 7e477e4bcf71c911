// Adaptateur OCAPIAT : données propres à l'OPCO sur l'API Convergence.
import { ocapiat } from "./ocapiat.js";

export { ocapiat } from "./ocapiat.js";
export { creerClientOcapiat } from "./creerClientOcapiat.js";
export { listeRncpOcapiat } from "./listeRncpOcapiat.js";

/**
 * Identité de OCAPIAT (slug, nom officiel, désignation, secteurs) d'après `@communs-opco/nomenclatures`.
 *
 * @example
 * ```ts
 * opco.slug; // "ocapiat"
 * ```
 */
export const opco = ocapiat.opco;

/**
 * Noms de OCAPIAT dans les systèmes (La bonne alternance, SIRO, Tableau de bord, CFA Dock…).
 *
 * @example
 * ```ts
 * alias.map((a) => a.valeur);
 * ```
 */
export const alias = ocapiat.alias;

/**
 * IDCC rattachés à OCAPIAT (table statique de 2024-11, à recouper avec SIRO).
 *
 * @example
 * ```ts
 * perimetreIdcc.length; // 48
 * ```
 */
export const perimetreIdcc = ocapiat.perimetreIdcc;

/**
 * Liste RNCP transmise au Tableau de bord, ou `null` si OCAPIAT n'en a pas transmis.
 *
 * @example
 * ```ts
 * listeRncp?.codes.length;
 * ```
 */
export const listeRncp = ocapiat.listeRncp;

/**
 * Matrice datée des capacités API Convergence de OCAPIAT (§1.9, [S]).
 *
 * @example
 * ```ts
 * capacites.find((c) => c.capacite === "contrats_v2")?.disponible;
 * ```
 */
export const capacites = ocapiat.capacites;

/**
 * Profil d'authentification de OCAPIAT sur l'API Convergence (§1.4).
 *
 * @example
 * ```ts
 * authentification.saveur; // "scope_api"
 * ```
 */
export const authentification = ocapiat.authentification;

/**
 * Particularités de OCAPIAT passées au client (points d'extension).
 *
 * @example
 * ```ts
 * comportement.statutsIntrouvable;
 * ```
 */
export const comportement = ocapiat.comportement;

/**
 * Particularités documentées de OCAPIAT, étiquetées [F]/[S]/[I], et leur prise en charge.
 *
 * @example
 * ```ts
 * particularites.map((p) => p.description);
 * ```
 */
export const particularites = ocapiat.particularites;

/**
 * Adaptateur de format `api-convergence:ocapiat` (lecture, écriture, détection).
 *
 * @example
 * ```ts
 * const bilan = await collecterLecture(adaptateur.lire({ nom: "etats.json", octets }));
 * ```
 */
export const adaptateur = ocapiat.adaptateur;

/**
 * Tolérances de lecture activées pour OCAPIAT : variantes de forme des réponses lues
 * (page enveloppée dans une liste, liste vide en fin de pages…), chaque usage noté dans
 * `source.tolerances` et listé dans le rapport de correspondance de l'adaptateur.
 *
 * @example
 * ```ts
 * tolerances.includes("page_en_liste");
 * ```
 */
export const tolerances = ocapiat.tolerances;

/**
 * Formes de dates que OCAPIAT accepte à l'écriture, par charge utile (dossier, convention,
 * certificat, rupture), avec leur confiance et leur source.
 *
 * @example
 * ```ts
 * formesDate.convention; // "date" (AAAA-MM-JJ)
 * ```
 */
export const formesDate = ocapiat.formesDate;
