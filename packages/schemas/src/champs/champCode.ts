import { z } from "zod";
import { registreNormalisation, type ConsigneNormalisation } from "../normalisation/registreNormalisation.js";

/**
 * Champ code d'une table du CERFA : énumération de chaînes (zéros à gauche comme sur
 * le CERFA). Le libellé de chaque code figure dans la description (donc dans le
 * JSON Schema). En entrée tolérante, les codes numériques ([Pub] : `11`) sont convertis
 * en texte et complétés par des zéros à la longueur des codes de la table.
 *
 * @example
 * ```ts
 * const nationalite = champCode("Nationalité", { "1": "Française", "2": "Union européenne", "3": "Étranger hors UE" });
 * nationalite.parse("1"); // "1"
 * ```
 */
export function champCode<const C extends string>(
  description: string,
  table: Readonly<Record<C, string>>,
  consigne: ConsigneNormalisation = {},
) {
  const cles = Object.keys(table) as C[];
  // Les clés numériques sans zéro de tête passent en premier dans un objet JS : on
  // rétablit l'ordre naturel des codes numériques pour la documentation et le JSON Schema.
  const codes = cles.every((code) => /^\d+$/u.test(code))
    ? [...cles].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b))
    : cles;
  const longueurs = new Set(codes.map((code) => code.length));
  const numeriques = codes.every((code) => /^\d+$/u.test(code));
  const longueur = longueurs.size === 1 && numeriques ? codes[0]?.length : undefined;
  const libelles = codes.map((code) => `${code} ${table[code]}`).join(" · ");
  const schema = z
    .enum(codes as [C, ...C[]], { error: (issue) => `Code inconnu « ${String(issue.input)} » : valeurs admises ${codes.join(", ")}.` })
    .meta({ description: `${description} — ${libelles}` });
  registreNormalisation.add(schema, longueur !== undefined && longueur > 1 ? { completerZeros: longueur, ...consigne } : consigne);
  return schema;
}
