import { z } from "zod";
import { schemaAdresseReferentiel } from "./adresseReferentiel.js";
import { schemaApprenti } from "./apprenti.js";
import { schemaCertification } from "./certification.js";
import { schemaCertificatRealisation } from "./certificatRealisation.js";
import { schemaContrat } from "./contrat.js";
import { schemaConventionFormation } from "./conventionFormation.js";
import { schemaDetailsContrat } from "./detailsContrat.js";
import { schemaDossier } from "./dossier.js";
import { schemaEffectif } from "./effectif.js";
import { schemaEmployeur } from "./employeur.js";
import { schemaEtablissementFormation } from "./etablissementFormation.js";
import { schemaEvenementDossier } from "./evenementDossier.js";
import { schemaFacture } from "./facture.js";
import { schemaFinancementDossier } from "./financementDossier.js";
import { schemaFormation } from "./formation.js";
import { schemaFormationContrat } from "./formationContrat.js";
import { schemaMaitreApprentissage } from "./maitreApprentissage.js";
import { schemaOffre } from "./offre.js";
import { schemaOrganisme } from "./organisme.js";
import { schemaOrganismeFormationContrat } from "./organismeFormationContrat.js";
import { schemaRemunerationAnnuelle } from "./remunerationAnnuelle.js";
import { schemaSignatures } from "./signatures.js";

/**
 * Les schémas stricts publiés en JSON Schema 2020-12, un fichier par nom
 * (`docs/schemas/<nom>.schema.json`) : les sept enregistrements (contrat, dossier,
 * effectif, organisme, certification, formation, offre) et leurs blocs nommés, reliés
 * par des `$ref` entre fichiers (`"$ref": "employeur.schema.json"`), pour que les
 * générateurs de code Java ou .NET produisent des types nommés.
 *
 * @example
 * ```ts
 * Object.keys(schemasPublies).includes("employeur"); // true
 * ```
 */
export const schemasPublies = {
  contrat: schemaContrat,
  employeur: schemaEmployeur,
  apprenti: schemaApprenti,
  maitreApprentissage: schemaMaitreApprentissage,
  detailsContrat: schemaDetailsContrat,
  remunerationAnnuelle: schemaRemunerationAnnuelle,
  formationContrat: schemaFormationContrat,
  organismeFormationContrat: schemaOrganismeFormationContrat,
  etablissementFormation: schemaEtablissementFormation,
  signatures: schemaSignatures,
  dossier: schemaDossier,
  evenementDossier: schemaEvenementDossier,
  financementDossier: schemaFinancementDossier,
  facture: schemaFacture,
  conventionFormation: schemaConventionFormation,
  certificatRealisation: schemaCertificatRealisation,
  effectif: schemaEffectif,
  organisme: schemaOrganisme,
  adresseReferentiel: schemaAdresseReferentiel,
  certification: schemaCertification,
  formation: schemaFormation,
  offre: schemaOffre,
} as const satisfies Record<string, z.ZodType>;

/**
 * Registre zod des schémas publiés (identifiant = nom de fichier sans extension), utilisé
 * par {@link exporterJsonSchemas}. Registre propre au paquet : il ne touche pas au
 * registre global de zod.
 *
 * @example
 * ```ts
 * registreSchemasPublies.get(schemasPublies.contrat)?.id; // "contrat"
 * ```
 */
export const registreSchemasPublies = z.registry<{ id: string }>();
for (const [id, schema] of Object.entries(schemasPublies)) registreSchemasPublies.add(schema, { id });
