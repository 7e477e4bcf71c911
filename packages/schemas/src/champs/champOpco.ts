import { resoudreOpco, slugsOpco, type SlugOpco } from "@communs-opco/nomenclatures";
import { z } from "zod";
import { registreNormalisation } from "../normalisation/registreNormalisation.js";

/**
 * Champ OPCO : slug canonique de `@communs-opco/nomenclatures` (`afdas`, `akto`,
 * `opco-ep`…). En entrée tolérante, tout nom ou alias connu (La bonne alternance,
 * SIRO, Tableau de bord, CFA Dock) est résolu vers le slug ; un nom inconnu est
 * laissé tel quel et refusé par le schéma strict.
 *
 * @example
 * ```ts
 * champOpco("OPCO du dossier").parse("opco-ep"); // "opco-ep"
 * ```
 */
export function champOpco(description: string) {
  const schema = z
    .enum(slugsOpco as [SlugOpco, ...SlugOpco[]], {
      error: (issue) => `OPCO inconnu « ${String(issue.input)} » : valeurs admises ${slugsOpco.join(", ")}.`,
    })
    .meta({ description: `${description} (slug de l'OPCO)` });
  registreNormalisation.add(schema, { normaliser: (texte) => resoudreOpco(texte)?.slug });
  return schema;
}
