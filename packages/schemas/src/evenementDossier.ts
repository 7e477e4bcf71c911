import { z } from "zod";
import { champCode } from "./champs/champCode.js";
import { champDate } from "./champs/champDate.js";
import { champDateHeure } from "./champs/champDateHeure.js";
import { champTexte } from "./champs/champTexte.js";
import { correspondancesEtatDossier, etatsDossier } from "./codes/etatsDossier.js";

/**
 * Code d'état du cycle de vie d'un dossier ({@link etatsDossier}), normalisé depuis
 * les libellés des sources (`RUPTU`, « Transmis au gestionnaire », « Annulé »…).
 *
 * @example
 * ```ts
 * schemaEtatDossier.parse("ENGAGE"); // "ENGAGE"
 * ```
 */
export const schemaEtatDossier = champCode("État du dossier", etatsDossier, {
  majuscules: true,
  correspondances: correspondancesEtatDossier,
});

/** État du dossier (voir {@link schemaEtatDossier}). @example `const e: EtatDossier = "ROMPU";` */
export type EtatDossier = z.infer<typeof schemaEtatDossier>;

/**
 * Événement daté du cycle de vie d'un dossier : l'état atteint, sa date, le système qui
 * l'a signalé et les détails de la source (commentaire, motif de non-dépôt…). Chaque
 * transition est conservée pour calculer les indicateurs de délai.
 *
 * @example
 * ```ts
 * const e: EvenementDossier = { type: "TRANSMIS", date: "2025-09-03", source: "api-convergence", details: { commentaireEtat: "Dossier reçu" } };
 * schemaEvenementDossier.parse(e);
 * ```
 */
export const schemaEvenementDossier = z
  .strictObject({
    type: schemaEtatDossier,
    date: champDate("Date de l'événement"),
    horodatage: champDateHeure("Horodatage précis de l'événement, s'il est connu").optional(),
    source: champTexte("Système source (api-convergence, deca, agecap, cerfa, opco, cfa, saisie…)").optional(),
    commentaire: champTexte("Commentaire ou motif (ex. motif de non-dépôt AGECAP)").optional(),
    details: z.record(z.string(), z.unknown()).optional().meta({ description: "Données d'origine de l'événement" }),
  })
  .meta({ title: "EvenementDossier", description: "Transition datée du cycle de vie du dossier" });

/** Événement du dossier (voir {@link schemaEvenementDossier}). @example `const e: EvenementDossier = { type: "ENGAGE", date: "2025-09-15" };` */
export type EvenementDossier = z.infer<typeof schemaEvenementDossier>;
