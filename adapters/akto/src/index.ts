// Adaptateur AKTO : données propres à l'OPCO sur l'API Convergence.
import { akto } from "./akto.js";

export { akto } from "./akto.js";
export { creerClientAkto } from "./creerClientAkto.js";
export { listeRncpAkto } from "./listeRncpAkto.js";

/**
 * Identité de AKTO (slug, nom officiel, désignation, secteurs) d'après `@communs-opco/nomenclatures`.
 *
 * @example
 * ```ts
 * opco.slug; // "akto"
 * ```
 */
export const opco = akto.opco;

/**
 * Noms de AKTO dans les systèmes (La bonne alternance, SIRO, Tableau de bord, CFA Dock…).
 *
 * @example
 * ```ts
 * alias.map((a) => a.valeur);
 * ```
 */
export const alias = akto.alias;

/**
 * IDCC rattachés à AKTO (table statique de 2024-11, à recouper avec SIRO).
 *
 * @example
 * ```ts
 * perimetreIdcc.length; // 30
 * ```
 */
export const perimetreIdcc = akto.perimetreIdcc;

/**
 * Liste RNCP transmise au Tableau de bord, ou `null` si AKTO n'en a pas transmis.
 *
 * @example
 * ```ts
 * listeRncp?.codes.length;
 * ```
 */
export const listeRncp = akto.listeRncp;

/**
 * Matrice datée des capacités API Convergence de AKTO (§1.9, [S]).
 *
 * @example
 * ```ts
 * capacites.find((c) => c.capacite === "contrats_v2")?.disponible;
 * ```
 */
export const capacites = akto.capacites;

/**
 * Profil d'authentification de AKTO sur l'API Convergence (§1.4).
 *
 * @example
 * ```ts
 * authentification.saveur; // "azure_ad"
 * ```
 */
export const authentification = akto.authentification;

/**
 * Particularités de AKTO passées au client (points d'extension).
 *
 * @example
 * ```ts
 * comportement.statutsIntrouvable;
 * ```
 */
export const comportement = akto.comportement;

/**
 * Particularités documentées de AKTO, étiquetées [F]/[S]/[I], et leur prise en charge.
 *
 * @example
 * ```ts
 * particularites.map((p) => p.description);
 * ```
 */
export const particularites = akto.particularites;

/**
 * Adaptateur de format `api-convergence:akto` (lecture, écriture, détection).
 *
 * @example
 * ```ts
 * const bilan = await collecterLecture(adaptateur.lire({ nom: "etats.json", octets }));
 * ```
 */
export const adaptateur = akto.adaptateur;

/**
 * Tolérances de lecture activées pour AKTO : variantes de forme des réponses lues
 * (page enveloppée dans une liste, liste vide en fin de pages…), chaque usage noté dans
 * `source.tolerances` et listé dans le rapport de correspondance de l'adaptateur.
 *
 * @example
 * ```ts
 * tolerances.includes("page_en_liste");
 * ```
 */
export const tolerances = akto.tolerances;

/**
 * Formes de dates que AKTO accepte à l'écriture, par charge utile (dossier, convention,
 * certificat, rupture), avec leur confiance et leur source.
 *
 * @example
 * ```ts
 * formesDate.convention; // "date" (AAAA-MM-JJ)
 * ```
 */
export const formesDate = akto.formesDate;
