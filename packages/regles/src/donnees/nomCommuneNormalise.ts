/**
 * Forme de comparaison d'un nom de commune : majuscules sans accents ni ponctuation, « ST » et
 * « STE » développés, mention CEDEX et numéro d'arrondissement retirés.
 *
 * @example
 * ```ts
 * nomCommuneNormalise("St-Étienne-du-Rouvray"); // "SAINT ETIENNE DU ROUVRAY"
 * nomCommuneNormalise("PARIS CEDEX 11"); // "PARIS"
 * nomCommuneNormalise("Paris 11e Arrondissement"); // "PARIS"
 * ```
 */
export function nomCommuneNormalise(nom: string): string {
  let n = nom
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toUpperCase()
    .replace(/Œ/g, "OE")
    .replace(/Æ/g, "AE")
    .replace(/[^A-Z0-9]+/g, " ")
    .trim();
  n = n.replace(/\bCEDEX\b( \d+)?/g, " ").replace(/ \d+ ?(E|ER|EME)?( ARRONDISSEMENT)?$/, "");
  return n
    .split(" ")
    .filter((mot) => mot !== "")
    .map((mot) => (mot === "ST" ? "SAINT" : mot === "STE" ? "SAINTE" : mot))
    .join(" ");
}
