import { z } from "zod";
import { registreNormalisation, type ConsigneNormalisation } from "../normalisation/registreNormalisation.js";

/**
 * Champ texte du standard : chaîne non vide, coupée en entrée ; les nombres reçus
 * sont convertis en texte. Les formats qui relèvent d'une règle légale (SIRET, NIR,
 * courriel…) ne sont pas contrôlés ici mais par `@communs-opco/regles`.
 *
 * @example
 * ```ts
 * const siret = champTexte("SIRET de l'établissement (14 chiffres)", { sansEspaces: true });
 * siret.parse("12345678900011"); // "12345678900011"
 * ```
 */
export function champTexte(description: string, consigne: ConsigneNormalisation = {}, longueurMax?: number) {
  const base = z.string().min(1, { error: "Le texte ne doit pas être vide." });
  const schema = (longueurMax === undefined
    ? base
    : base.max(longueurMax, { error: `Le texte ne doit pas dépasser ${longueurMax} caractères.` })
  ).meta({ description });
  registreNormalisation.add(schema, consigne);
  return schema;
}
