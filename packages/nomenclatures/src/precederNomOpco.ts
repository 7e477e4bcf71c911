/**
 * Le nom d'affichage d'un OPCO (`Opco.nomOfficiel`) précédé de la préposition « de » ou « à »,
 * avec l'article et l'élision du français : « de l'OPCO Atlas », « d'AKTO », « de Constructys »,
 * « de l'Opcommerce » (pour « L'Opcommerce »), « à l'OPCO Mobilités », « à Uniformation ».
 * Les noms commençant par « OPCO » prennent l'article (« l'OPCO EP ») ; un nom commençant par
 * « L' » garde son article, en minuscule.
 *
 * @param preposition - « de » ou « à ».
 * @param nom - nom d'affichage de l'OPCO, tel que `opcoParSlug(slug).nomOfficiel`.
 * @returns le groupe prépositionnel, prêt à insérer dans un message.
 * @example
 * ```ts
 * import { opcoParSlug, precederNomOpco } from "@communs-opco/nomenclatures";
 * `L'employeur relève ${precederNomOpco("de", opcoParSlug("atlas").nomOfficiel)}.`; // "L'employeur relève de l'OPCO Atlas."
 * precederNomOpco("de", "AKTO"); // "d'AKTO"
 * precederNomOpco("à", "L'Opcommerce"); // "à l'Opcommerce"
 * ```
 */
export function precederNomOpco(preposition: "de" | "à", nom: string): string {
  const article = /^l['’]/i.exec(nom);
  if (article !== null) return `${preposition} l'${nom.slice(article[0].length)}`;
  if (/^opco\b/i.test(nom)) return `${preposition} l'${nom}`;
  if (preposition === "de" && /^[aeiouyàâéèêëîïôöûüh]/i.test(nom)) return `d'${nom}`;
  return `${preposition} ${nom}`;
}
