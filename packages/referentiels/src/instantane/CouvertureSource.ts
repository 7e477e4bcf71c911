/**
 * Couverture d'un fichier source intégré à un instantané :
 * - `complete` : le fichier tel que publié (export complet, édition entière) ; une clé qui n'y
 *   figure pas est réellement absente de la source (réponse `absent`) ;
 * - `extrait` : un échantillon (quelques lignes de la structure réelle, comme les fichiers de
 *   test de `shared/data`) ; une clé qui n'y figure pas ne prouve rien (réponse `indisponible`),
 *   une clé qui y figure reste une réponse `trouve`.
 *
 * Une source sans couverture (instantanés écrits avant son introduction) est `complete`.
 *
 * @example
 * ```ts
 * const c: CouvertureSource = "extrait";
 * const s: SourceInstantane = { ...source, couverture: c };
 * ```
 */
export type CouvertureSource = "complete" | "extrait";
