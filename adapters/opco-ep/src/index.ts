// Adaptateur OPCO EP : données propres à l'OPCO sur l'API Convergence.
import { opcoEp } from "./opcoEp.js";

export { opcoEp } from "./opcoEp.js";
export { creerClientOpcoEp } from "./creerClientOpcoEp.js";
export { listeRncpOpcoEp } from "./listeRncpOpcoEp.js";

/**
 * Identité de OPCO EP (slug, nom officiel, désignation, secteurs) d'après `@communs-opco/nomenclatures`.
 *
 * @example
 * ```ts
 * opco.slug; // "opco-ep"
 * ```
 */
export const opco = opcoEp.opco;

/**
 * Noms de OPCO EP dans les systèmes (La bonne alternance, SIRO, Tableau de bord, CFA Dock…).
 *
 * @example
 * ```ts
 * alias.map((a) => a.valeur);
 * ```
 */
export const alias = opcoEp.alias;

/**
 * IDCC rattachés à OPCO EP (table statique de 2024-11, à recouper avec SIRO).
 *
 * @example
 * ```ts
 * perimetreIdcc.length; // 54
 * ```
 */
export const perimetreIdcc = opcoEp.perimetreIdcc;

/**
 * Liste RNCP transmise au Tableau de bord, ou `null` si OPCO EP n'en a pas transmis.
 *
 * @example
 * ```ts
 * listeRncp?.codes.length;
 * ```
 */
export const listeRncp = opcoEp.listeRncp;

/**
 * Matrice datée des capacités API Convergence de OPCO EP (§1.9, [S]).
 *
 * @example
 * ```ts
 * capacites.find((c) => c.capacite === "contrats_v2")?.disponible;
 * ```
 */
export const capacites = opcoEp.capacites;

/**
 * Profil d'authentification de OPCO EP sur l'API Convergence (§1.4).
 *
 * @example
 * ```ts
 * authentification.saveur; // "oidc_sans_scope"
 * ```
 */
export const authentification = opcoEp.authentification;

/**
 * Particularités de OPCO EP passées au client (points d'extension).
 *
 * @example
 * ```ts
 * comportement.statutsIntrouvable;
 * ```
 */
export const comportement = opcoEp.comportement;

/**
 * Particularités documentées de OPCO EP, étiquetées [F]/[S]/[I], et leur prise en charge.
 *
 * @example
 * ```ts
 * particularites.map((p) => p.description);
 * ```
 */
export const particularites = opcoEp.particularites;

/**
 * Adaptateur de format `api-convergence:opco-ep` (lecture, écriture, détection).
 *
 * @example
 * ```ts
 * const bilan = await collecterLecture(adaptateur.lire({ nom: "etats.json", octets }));
 * ```
 */
export const adaptateur = opcoEp.adaptateur;

/**
 * Tolérances de lecture activées pour OPCO EP : variantes de forme des réponses lues
 * (page enveloppée dans une liste, liste vide en fin de pages…), chaque usage noté dans
 * `source.tolerances` et listé dans le rapport de correspondance de l'adaptateur.
 *
 * @example
 * ```ts
 * tolerances.includes("page_en_liste");
 * ```
 */
export const tolerances = opcoEp.tolerances;

/**
 * Formes de dates que OPCO EP accepte à l'écriture, par charge utile (dossier, convention,
 * certificat, rupture), avec leur confiance et leur source.
 *
 * @example
 * ```ts
 * formesDate.convention; // "date" (AAAA-MM-JJ)
 * ```
 */
export const formesDate = opcoEp.formesDate;
