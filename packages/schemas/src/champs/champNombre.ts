import { z } from "zod";

/**
 * Champ numérique du standard (euros, heures, pourcentages), avec bornes facultatives.
 * En entrée tolérante, `"1 234,50 €"` devient `1234.5`.
 *
 * @example
 * ```ts
 * champNombre("Salaire brut mensuel (€)", { min: 0 }).parse(1100.5); // 1100.5
 * ```
 */
export function champNombre(
  description: string,
  bornes: { readonly min?: number; readonly max?: number; readonly entier?: boolean } = {},
) {
  let schema = z.number({ error: "La valeur doit être un nombre." });
  if (bornes.entier) schema = schema.int({ error: "La valeur doit être un nombre entier." });
  if (bornes.min !== undefined) schema = schema.min(bornes.min, { error: `La valeur doit être supérieure ou égale à ${bornes.min}.` });
  if (bornes.max !== undefined) schema = schema.max(bornes.max, { error: `La valeur doit être inférieure ou égale à ${bornes.max}.` });
  return schema.meta({ description });
}
