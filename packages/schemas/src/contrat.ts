import { z } from "zod";
import { schemaApprenti } from "./apprenti.js";
import { champCode } from "./champs/champCode.js";
import { codesCerfa } from "./codes/codesCerfa.js";
import { schemaDetailsContrat } from "./detailsContrat.js";
import { schemaEmployeur } from "./employeur.js";
import { schemaEtablissementFormation } from "./etablissementFormation.js";
import { schemaFormationContrat } from "./formationContrat.js";
import { schemaMaitreApprentissage } from "./maitreApprentissage.js";
import { avecAlias } from "./normalisation/avecAlias.js";
import { schemaOrganismeFormationContrat } from "./organismeFormationContrat.js";
import { schemaSignatures } from "./signatures.js";

/**
 * Enregistrement standard d'un contrat d'apprentissage, aligné sur le CERFA FA13
 * (n° 10103, version *14) : chemins et noms de `contrat.md` §2 (`employeur.siret`,
 * `apprenti.dateNaissance`, `contrat.dateDebutContrat`, `formation.rncp`…).
 *
 * Schéma **strict** : dates ISO `AAAA-MM-JJ`, booléens, codes en texte, euros et heures
 * en nombres, clés inconnues refusées. Presque tout est facultatif : un contrat peut
 * être incomplet, la présence est vérifiée par les règles (`@communs-opco/regles`).
 * Les champs inconnus d'une entrée tolérante sont conservés dans `extensions`
 * (chemin pointé → valeur d'origine). Pour lire des données réelles, utiliser
 * {@link schemaContratEntree} ou {@link lireContrat}.
 *
 * @example
 * ```ts
 * const contrat: Contrat = {
 *   versionCerfa: "14",
 *   employeur: { siret: "73282932000074" },
 *   apprenti: { nom: "MARTIN", dateNaissance: "2007-03-14" },
 *   contrat: { typeContratApp: "11", dateDebutContrat: "2025-09-01" },
 * };
 * schemaContrat.parse(contrat);
 * ```
 */
export const schemaContrat = avecAlias(
  z
    .strictObject({
      versionCerfa: champCode("Version du CERFA 10103", codesCerfa.versionCerfa).optional(),
      employeur: schemaEmployeur.optional(),
      apprenti: schemaApprenti.optional(),
      maitre1: schemaMaitreApprentissage.optional(),
      maitre2: schemaMaitreApprentissage.optional(),
      contrat: schemaDetailsContrat.optional(),
      formation: schemaFormationContrat.optional(),
      organismeFormation: schemaOrganismeFormationContrat.optional(),
      etablissementFormation: schemaEtablissementFormation.optional(),
      signatures: schemaSignatures.optional(),
      extensions: z
        .record(z.string(), z.unknown())
        .optional()
        .meta({ description: "Champs reçus hors du standard, conservés sous leur chemin pointé d'origine" }),
    })
    .meta({
      title: "Contrat",
      description: "Contrat d'apprentissage standard Communs OPCO (CERFA FA13 n° 10103*14)",
    }),
  { alternant: "apprenti", detailsContrat: "contrat", organismeFormationResponsable: "organismeFormation" },
);

/**
 * Contrat d'apprentissage standard (type du schéma strict {@link schemaContrat}).
 *
 * @example
 * ```ts
 * const c: Contrat = { contrat: { dateDebutContrat: "2025-09-01" } };
 * ```
 */
export type Contrat = z.infer<typeof schemaContrat>;
