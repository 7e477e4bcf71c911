import { z } from "zod";
import { champDate } from "./champs/champDate.js";
import { champNombre } from "./champs/champNombre.js";
import { champTexte } from "./champs/champTexte.js";
import { avecAlias } from "./normalisation/avecAlias.js";

/**
 * Facture d'un CFA et son état de règlement (API Convergence `/v2/factures/etats`). Une
 * facture peut couvrir plusieurs dossiers (`affectations`). L'état est ouvert : seul
 * `REGLE` est documenté publiquement.
 *
 * @example
 * ```ts
 * const f: Facture = {
 *   numeroInterne: "F2025-000123", referenceCfa: "FAC-0042", montant: 3798.8, etat: "REGLE",
 *   dateReglement: "2025-11-05", affectations: [{ numeroInterneDossier: "D-2025-0001", montant: 3798.8 }],
 * };
 * schemaFacture.parse(f);
 * ```
 */
export const schemaFacture = avecAlias(
  z
    .strictObject({
      numeroInterne: champTexte("Numéro de la facture chez l'OPCO").optional(),
      referenceCfa: champTexte("Référence de la facture chez le CFA").optional(),
      montant: champNombre("Montant de la facture (€)").optional(),
      etat: champTexte("État de la facture (REGLE… ; liste ouverte)", { majuscules: true }).optional(),
      referenceVirement: champTexte("Référence du virement").optional(),
      dateReglement: champDate("Date de règlement").optional(),
      commentaire: champTexte("Commentaire").optional(),
      siretCfa: champTexte("SIRET du CFA facturant", { sansEspaces: true }).optional(),
      affectations: z
        .array(
          z.strictObject({
            numeroInterneDossier: champTexte("Numéro interne du dossier").optional(),
            numeroExterneDossier: champTexte("Numéro externe du dossier (CFA)").optional(),
            montant: champNombre("Montant affecté au dossier (€)").optional(),
          }),
        )
        .optional()
        .meta({ description: "Répartition de la facture entre dossiers" }),
    })
    .meta({ title: "Facture", description: "Facture du CFA et état de règlement" }),
  {
    numeroInterneFacture: "numeroInterne",
    referenceFactureCFA: "referenceCfa",
    montantFacture: "montant",
    etatFacture: "etat",
    dossiers: "affectations",
  },
);

/** Facture (voir {@link schemaFacture}). @example `const f: Facture = { etat: "REGLE" };` */
export type Facture = z.infer<typeof schemaFacture>;
