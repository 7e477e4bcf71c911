import { z } from "zod";
import { champBooleen } from "./champs/champBooleen.js";
import { champCode } from "./champs/champCode.js";
import { champDate } from "./champs/champDate.js";
import { champNombre } from "./champs/champNombre.js";
import { champTexte } from "./champs/champTexte.js";
import { avecAlias } from "./normalisation/avecAlias.js";

/**
 * Échéance du calendrier de financement (API Convergence `echeances[]`) : `montant` est
 * le montant total de l'échéance, `montantRegle` et `montantEnCoursInstruction` son
 * avancement ; `statut` est ouvert (valeurs observées ou calculées : prévue, ouverte,
 * en_instruction, reglee, annulee).
 *
 * @example
 * ```ts
 * schemaEcheance.parse({ numero: 1, codification: "E1", date: "2025-10-01", montant: 3798.8, statut: "reglee" });
 * ```
 */
export const schemaEcheance = avecAlias(
  z
    .strictObject({
      numero: champNombre("Numéro d'ordre de l'échéance", { min: 0, entier: true }).optional(),
      codification: champTexte("Codification de l'échéance chez l'OPCO (ex. E2, A3)", { majuscules: true }).optional(),
      date: champDate("Date d'ouverture (exigibilité) de l'échéance").optional(),
      dateDebut: champDate("Début de la période couverte").optional(),
      dateFin: champDate("Fin de la période couverte").optional(),
      montant: champNombre("Montant total de l'échéance (€)", { min: 0 }).optional(),
      montantRegle: champNombre("Montant réglé (€)", { min: 0 }).optional(),
      montantEnCoursInstruction: champNombre("Montant en cours d'instruction (€)", { min: 0 }).optional(),
      statut: champTexte("Statut de l'échéance (prevue, ouverte, en_instruction, reglee, annulee…)").optional(),
      iban: champTexte("IBAN de paiement", { majuscules: true, sansEspaces: true }).optional(),
      duree: champNombre("Durée de formation réalisée sur la période, en heures (certificat de réalisation)", { min: 0 }).optional(),
      partielle: champBooleen("Échéance partielle (période incomplète, ex. rupture)").optional(),
    })
    .meta({ title: "Echeance", description: "Échéance de financement" }),
  { montantTotal: "montant", dateOuverture: "date" },
);

/** Échéance (voir {@link schemaEcheance}). @example `const e: Echeance = { numero: 1, montant: 3798.8 };` */
export type Echeance = z.infer<typeof schemaEcheance>;

/**
 * Frais annexes engagés (API Convergence `engagementsFraisAnnexe[]`) : restauration,
 * hébergement, premier équipement, mobilité internationale. La nature est normalisée
 * (`Restauration`/`RESTAURATION` → `RESTAURATION`, `Premierequipement` → `PREMIER_EQUIPEMENT`).
 *
 * @example
 * ```ts
 * schemaFraisAnnexe.parse({ nature: "RESTAURATION", quantite: 100, prixUnitaire: 3, montantTotal: 300 });
 * ```
 */
export const schemaFraisAnnexe = avecAlias(
  z
    .strictObject({
      nature: champCode(
        "Nature des frais",
        {
          RESTAURATION: "Restauration (repas)",
          HEBERGEMENT: "Hébergement (nuitées)",
          PREMIER_EQUIPEMENT: "Premier équipement pédagogique",
          MOBILITE_INTERNATIONALE: "Mobilité internationale ou européenne",
          AUTRE: "Autres frais",
        },
        {
          majuscules: true,
          correspondances: {
            PREMIEREQUIPEMENT: "PREMIER_EQUIPEMENT",
            "PREMIER EQUIPEMENT": "PREMIER_EQUIPEMENT",
            "PREMIER ÉQUIPEMENT": "PREMIER_EQUIPEMENT",
            "HÉBERGEMENT": "HEBERGEMENT",
            REPAS: "RESTAURATION",
            MOBILITE: "MOBILITE_INTERNATIONALE",
            "MOBILITÉ": "MOBILITE_INTERNATIONALE",
            "MOBILITE INTERNATIONALE": "MOBILITE_INTERNATIONALE",
          },
        },
      ).optional(),
      quantite: champNombre("Quantité", { min: 0 }).optional(),
      prixUnitaire: champNombre("Prix unitaire (€)", { min: 0 }).optional(),
      montantTotal: champNombre("Montant total (€)", { min: 0 }).optional(),
      numeroEcheance: champNombre("Échéance de paiement", { min: 0, entier: true }).optional(),
    })
    .meta({ title: "FraisAnnexe", description: "Frais annexes pris en charge" }),
  { natureFrais: "nature" },
);

/** Frais annexes (voir {@link schemaFraisAnnexe}). @example `const f: FraisAnnexe = { nature: "RESTAURATION", montantTotal: 300 };` */
export type FraisAnnexe = z.infer<typeof schemaFraisAnnexe>;

/**
 * Financement du contrat par l'OPCO (`opco-echanges.md` §6 et §7.2) : NPEC annuel,
 * CPNE, montant engagé, majorations RQTH par année, participation obligatoire de
 * l'employeur, frais annexes et échéancier.
 *
 * @example
 * ```ts
 * const f: FinancementDossier = { npecAnnuel: 9497, cpne: "2", montantEngage: 18994, echeances: [{ numero: 1, montant: 3798.8 }] };
 * schemaFinancementDossier.parse(f);
 * ```
 */
export const schemaFinancementDossier = avecAlias(
  z
    .strictObject({
      npecAnnuel: champNombre("Niveau de prise en charge annuel retenu (€)", { min: 0 }).optional(),
      valeurAmorcage: z.boolean().optional().meta({ description: "Le montant est une valeur d'amorçage (pas de NPEC publié)" }),
      cpne: champTexte("Code CPNE de la branche").optional(),
      dateApplicabiliteNpec: champDate("Date d'applicabilité du NPEC retenu").optional(),
      montantEngage: champNombre("Montant total engagé (€)", { min: 0 }).optional(),
      majorationsRqth: z
        .array(
          z.strictObject({
            annee: champNombre("Année d'exécution", { min: 1, entier: true }),
            montant: champNombre("Montant de la majoration (€)", { min: 0 }),
          }),
        )
        .optional()
        .meta({ description: "Majorations RQTH par année d'exécution" }),
      participationEmployeur: champNombre("Participation obligatoire de l'employeur déduite (€)", { min: 0 }).optional(),
      plafondPremierEquipement: champNombre("Plafond des frais de premier équipement (€)", { min: 0 }).optional(),
      fraisPremierEquipementRegles: champNombre("Frais de premier équipement déjà réglés (€)", { min: 0 }).optional(),
      fraisMobiliteRegles: champNombre("Frais de mobilité internationale déjà réglés (€)", { min: 0 }).optional(),
      iban: champTexte("IBAN du CFA", { majuscules: true, sansEspaces: true }).optional(),
      fraisAnnexes: z.array(schemaFraisAnnexe).optional().meta({ description: "Frais annexes engagés" }),
      echeances: z.array(schemaEcheance).optional().meta({ description: "Échéancier de paiement" }),
    })
    .meta({ title: "FinancementDossier", description: "Prise en charge financière du contrat par l'OPCO" }),
  { engagement: "montantEngage", engagementsFraisAnnexe: "fraisAnnexes", IBAN: "iban" },
);

/** Financement (voir {@link schemaFinancementDossier}). @example `const f: FinancementDossier = { npecAnnuel: 9497 };` */
export type FinancementDossier = z.infer<typeof schemaFinancementDossier>;
