import { z } from "zod";
import { registreNormalisation } from "../normalisation/registreNormalisation.js";

/**
 * Champ horodatage ISO 8601 avec fuseau (canonique : UTC `…Z`). En entrée tolérante,
 * les horodatages sans fuseau sont lus comme heure de Paris.
 *
 * @example
 * ```ts
 * champDateHeure("Date de l'événement").parse("2025-09-01T08:30:00.000Z");
 * ```
 */
export function champDateHeure(description: string) {
  const schema = z.iso
    .datetime({ offset: true, error: "L'horodatage doit être au format ISO 8601 avec fuseau (ex. 2025-09-01T08:30:00Z)." })
    .meta({ description: `${description} (horodatage ISO 8601)` });
  registreNormalisation.add(schema, {});
  return schema;
}
