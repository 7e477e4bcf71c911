import { z } from "zod";
import { champCode } from "./champs/champCode.js";
import { champDate } from "./champs/champDate.js";
import { champOpco } from "./champs/champOpco.js";
import { champTexte } from "./champs/champTexte.js";
import { codesCerfa } from "./codes/codesCerfa.js";
import { schemaCertificatRealisation } from "./certificatRealisation.js";
import { schemaContrat } from "./contrat.js";
import { schemaConventionFormation } from "./conventionFormation.js";
import { schemaEtatDossier, schemaEvenementDossier } from "./evenementDossier.js";
import { schemaFacture } from "./facture.js";
import { schemaFinancementDossier } from "./financementDossier.js";
import { avecAlias } from "./normalisation/avecAlias.js";

/**
 * Rupture anticipée du contrat (DECA `rupture`, API Convergence `contrat.dateRupture`).
 * Le code motif n'a pas de table publique : il reste un texte opaque.
 *
 * @example
 * ```ts
 * schemaRupture.parse({ dateEffet: "2025-12-15", codeMotif: "03", dateSignalement: "2025-12-16" });
 * ```
 */
export const schemaRupture = avecAlias(
  z
    .strictObject({
      dateEffet: champDate("Date d'effet de la rupture").optional(),
      codeMotif: champTexte("Code motif de rupture (table non publique, texte opaque)").optional(),
      commentaire: champTexte("Commentaire").optional(),
      dateSignalement: champDate("Date de signalement à l'OPCO").optional(),
    })
    .meta({ title: "Rupture", description: "Rupture anticipée du contrat" }),
  { dateEffetRupture: "dateEffet", codeMotifRupture: "codeMotif", commentaireRupture: "commentaire" },
);

/** Rupture (voir {@link schemaRupture}). @example `const r: Rupture = { dateEffet: "2025-12-15" };` */
export type Rupture = z.infer<typeof schemaRupture>;

/**
 * Dossier d'un contrat chez un OPCO (`opco-echanges.md` §1.5–1.7, §4, §7) : l'OPCO,
 * les trois numéros (interne OPCO, externe CFA, DECA), l'état courant et l'historique
 * daté des transitions, le contrat standard, la rupture, la date réelle de fin (ASP),
 * le financement et les factures. `source` décrit le système et la version d'origine
 * (ex. « api-convergence », « v2 », CERFA « 14 ») ; `brut` peut garder la charge utile
 * d'origine.
 *
 * @example
 * ```ts
 * const dossier: Dossier = {
 *   opco: "opco-ep",
 *   numeroInterne: "EP-2025-000123",
 *   numeroExterne: "CFA-LYON-2025-42",
 *   numeroDeca: "069202509000123",
 *   etat: "ENGAGE",
 *   evenements: [
 *     { type: "TRANSMIS", date: "2025-09-03", source: "api-convergence" },
 *     { type: "ENGAGE", date: "2025-09-18", source: "api-convergence" },
 *   ],
 *   contrat: { contrat: { typeContratApp: "11", dateDebutContrat: "2025-09-01" } },
 * };
 * schemaDossier.parse(dossier);
 * ```
 */
export const schemaDossier = avecAlias(
  z
    .strictObject({
      opco: champOpco("OPCO qui instruit et finance le contrat").optional(),
      numeroInterne: champTexte("Numéro du dossier chez l'OPCO (numeroInterne)").optional(),
      numeroExterne: champTexte("Référence du dossier chez le CFA (numeroExterne)").optional(),
      numeroDeca: champTexte("Numéro de dépôt DECA du contrat (15 caractères)", { majuscules: true, sansEspaces: true }).optional(),
      numeroAvenant: champTexte("Numéro DECA de l'avenant", { majuscules: true, sansEspaces: true }).optional(),
      dispositif: champCode("Dispositif", { APPR: "Contrat d'apprentissage", PRO: "Contrat de professionnalisation" }, { majuscules: true }).optional(),
      etat: schemaEtatDossier.optional(),
      dateEtat: champDate("Date du dernier changement d'état").optional(),
      commentaireEtat: champTexte("Commentaire associé à l'état").optional(),
      evenements: z.array(schemaEvenementDossier).optional().meta({ description: "Historique daté des transitions d'état" }),
      contrat: schemaContrat.optional(),
      rupture: schemaRupture.optional(),
      dateFinReelle: champDate("Date réelle de fin du contrat (ASP, suiviASP.drfc)").optional(),
      financement: schemaFinancementDossier.optional(),
      factures: z.array(schemaFacture).optional().meta({ description: "Factures du CFA rattachées au dossier" }),
      convention: schemaConventionFormation.optional(),
      certificats: z.array(schemaCertificatRealisation).optional().meta({ description: "Certificats de réalisation des échéances" }),
      source: z
        .strictObject({
          systeme: champTexte("Système d'origine (api-convergence, deca, agecap, cerfa, fichier-opco…)").optional(),
          version: champTexte("Version du protocole ou du fichier (ex. v1, v2)").optional(),
          versionCerfa: champCode("Version du CERFA 10103", codesCerfa.versionCerfa).optional(),
          dateReception: champDate("Date de réception").optional(),
          tolerances: z
            .array(champTexte("Nom d'une normalisation de lecture"))
            .optional()
            .meta({ description: "Normalisations de lecture appliquées pour lire cet enregistrement (variantes de forme reçues)" }),
        })
        .optional()
        .meta({ description: "Provenance de l'enregistrement" }),
      brut: z.unknown().optional().meta({ description: "Charge utile d'origine, conservée telle quelle" }),
      extensions: z
        .record(z.string(), z.unknown())
        .optional()
        .meta({ description: "Champs reçus hors du standard, conservés sous leur chemin pointé d'origine" }),
    })
    .meta({ title: "Dossier", description: "Dossier OPCO d'un contrat d'apprentissage : numéros, cycle de vie, financement, factures" }),
  { etatDossier: "etat", numeroDepot: "numeroDeca", numDepot: "numeroDeca", suiviAspDrfc: "dateFinReelle" },
);

/** Dossier OPCO (voir {@link schemaDossier}). @example `const d: Dossier = { opco: "akto", etat: "TRANSMIS" };` */
export type Dossier = z.infer<typeof schemaDossier>;
