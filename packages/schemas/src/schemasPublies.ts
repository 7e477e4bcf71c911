import type { z } from "zod";
import { schemaCertification } from "./certification.js";
import { schemaContrat } from "./contrat.js";
import { schemaDossier } from "./dossier.js";
import { schemaEffectif } from "./effectif.js";
import { schemaFormation } from "./formation.js";
import { schemaOffre } from "./offre.js";
import { schemaOrganisme } from "./organisme.js";

/**
 * Les schémas stricts publiés en JSON Schema 2020-12 (`docs/schemas/<nom>.schema.json`),
 * par nom de fichier.
 *
 * @example
 * ```ts
 * Object.keys(schemasPublies); // ["contrat", "dossier", "effectif", "organisme", "certification", "formation", "offre"]
 * ```
 */
export const schemasPublies = {
  contrat: schemaContrat,
  dossier: schemaDossier,
  effectif: schemaEffectif,
  organisme: schemaOrganisme,
  certification: schemaCertification,
  formation: schemaFormation,
  offre: schemaOffre,
} as const satisfies Record<string, z.ZodType>;
