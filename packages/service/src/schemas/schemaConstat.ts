import { z } from "@hono/zod-openapi";

const schemaReference = z.looseObject({ titre: z.string(), identifiant: z.string().optional(), url: z.string().optional() }).openapi("ReferenceJuridique");

const schemaParametreConsulte = z
  .looseObject({
    id: z.string(),
    valeur: z.unknown(),
    unite: z.string(),
    dateEffet: z.string(),
    references: z.array(schemaReference),
    statut: z.enum(["verifie", "a_verifier"]),
    verifiedOn: z.string(),
  })
  .openapi("ParametreConsulte");

/**
 * Schéma d'un constat de `@communs-opco/regles` (règle, gravité, statut, chemins, message
 * français, références, paramètres légaux consultés, détails).
 *
 * @example
 * ```ts
 * schemaConstat.parse(constat);
 * ```
 */
export const schemaConstat = z
  .object({
    regle: z.string().openapi({ description: "Identifiant stable de la règle", example: "contrat.dates.ordre" }),
    severite: z.enum(["bloquant", "avertissement", "information"]),
    statut: z.enum(["non_conforme", "indetermine"]),
    chemins: z.array(z.string()),
    message: z.string(),
    references: z.array(schemaReference),
    parametres: z.array(schemaParametreConsulte),
    details: z.record(z.string(), z.unknown()),
    manquants: z.array(z.string()).optional(),
  })
  .openapi("Constat");

/**
 * Schéma de l'explication d'une règle (mode explication) : statut de la règle, constats et paramètres consultés.
 *
 * @example
 * ```ts
 * schemaExplication.parse(explication);
 * ```
 */
export const schemaExplication = z
  .looseObject({
    regle: z.string(),
    titre: z.string(),
    severite: z.enum(["bloquant", "avertissement", "information"]),
    statut: z.enum(["conforme", "non_conforme", "indetermine", "non_applicable"]),
    chemins: z.array(z.string()),
    references: z.array(schemaReference),
    parametres: z.array(schemaParametreConsulte),
    constats: z.array(schemaConstat),
    motifNonApplicable: z.string().optional(),
  })
  .openapi("Explication");

/**
 * Schéma du montant en jeu d'un contrat bloqué avant paiement (I-OPCO-INDUS).
 *
 * @example
 * ```ts
 * schemaAvantPaiement.parse({ statut: "valorise", regles: ["prepaiement.qualiopi"], montantEnJeuCentimes: 1899400 });
 * ```
 */
export const schemaAvantPaiement = z
  .union([
    z.object({ statut: z.literal("valorise"), regles: z.array(z.string()), montantEnJeuCentimes: z.number().int() }),
    z.object({
      statut: z.literal("non_valorise"),
      regles: z.array(z.string()),
      montantEnJeuCentimes: z.null().openapi({ description: "Montant inconnu : jamais 0" }),
      raison: z.string(),
      raisons: z.array(z.string()),
    }),
  ])
  .openapi("AvantPaiement");
