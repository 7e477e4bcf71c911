import { z } from "zod";
import { champBooleen } from "./champs/champBooleen.js";
import { champCode } from "./champs/champCode.js";
import { champDate } from "./champs/champDate.js";
import { champNombre } from "./champs/champNombre.js";
import { champTexte } from "./champs/champTexte.js";
import { codesCerfa } from "./codes/codesCerfa.js";
import { avecAlias } from "./normalisation/avecAlias.js";
import { schemaRemunerationAnnuelle } from "./remunerationAnnuelle.js";

/**
 * Ligne du barème SMIC retenue pour calculer la rémunération (`contrat.smic`, calculée).
 *
 * @example
 * ```ts
 * schemaSmicRetenu.parse({ dateEffet: "2025-01-01", horaire: 11.88, mensuel: 1801.8, mayotte: false });
 * ```
 */
export const schemaSmicRetenu = z
  .strictObject({
    dateEffet: champDate("Date d'effet de la valeur du SMIC").optional(),
    horaire: champNombre("SMIC horaire brut (€)", { min: 0 }).optional(),
    mensuel: champNombre("SMIC mensuel brut 35 h publié (€)", { min: 0 }).optional(),
    mayotte: champBooleen("Valeur propre à Mayotte").optional(),
  })
  .meta({ title: "SmicRetenu", description: "Valeur du SMIC retenue" });

/** SMIC retenu (voir {@link schemaSmicRetenu}). @example `const s: SmicRetenu = { mensuel: 1801.8 };` */
export type SmicRetenu = z.infer<typeof schemaSmicRetenu>;

/**
 * Bloc « contrat » du contrat d'apprentissage (`contrat.md` §2.5), au chemin `contrat`.
 *
 * En entrée, les noms [Pub]/AGECAP/DECA sont acceptés : `dateConclusion` → `dateSignature`,
 * `caisseRetraiteComplementaire` → `caisseRetraiteSupplementaire` ; la dérogation AGECAP
 * `99` (aucune) devient absente. Les numéros DECA sont mis en majuscules.
 *
 * @example
 * ```ts
 * const contrat: DetailsContrat = {
 *   typeContratApp: "11", dateSignature: "2025-08-20", dateDebutContrat: "2025-09-01",
 *   dateFinContrat: "2027-08-31", dureeTravailHebdoHeures: 35, travailRisque: false,
 * };
 * schemaDetailsContrat.parse(contrat);
 * ```
 */
export const schemaDetailsContrat = avecAlias(
  z
    .strictObject({
      modeContractuel: champCode("Mode contractuel", codesCerfa.modeContractuel).optional(),
      typeContratApp: champCode("Type de contrat ou d'avenant", codesCerfa.typeContratApp).optional(),
      typeDerogation: champCode("Type de dérogation", codesCerfa.typeDerogation, { absents: ["99", "0", "00"] }).optional(),
      numeroContratPrecedent: champTexte("Numéro DECA du contrat précédent ou du contrat sur lequel porte l'avenant (15 caractères)", { majuscules: true, sansEspaces: true }).optional(),
      noContrat: champTexte("Numéro DECA du contrat (15 caractères)", { majuscules: true, sansEspaces: true }).optional(),
      noAvenant: champTexte("Numéro DECA de l'avenant", { majuscules: true, sansEspaces: true }).optional(),
      dateSignature: champDate("Date de conclusion (signature) du contrat").optional(),
      dateDebutContrat: champDate("Date de début d'exécution du contrat").optional(),
      dateDebutFormationPratique: champDate("Date de début de la formation pratique chez l'employeur").optional(),
      dateFinContrat: champDate("Date de fin du contrat ou de la période d'apprentissage").optional(),
      dateEffetAvenant: champDate("Date d'effet de l'avenant").optional(),
      dateRupture: champDate("Date de rupture du contrat").optional(),
      dureeContrat: champNombre("Durée du contrat en mois entiers (calculée)", { min: 0, entier: true }).optional(),
      lieuSignatureContrat: champTexte("Lieu de signature (« Fait à »)").optional(),
      dureeTravailHebdoHeures: champNombre("Durée hebdomadaire de travail : heures", { min: 0, entier: true }).optional(),
      dureeTravailHebdoMinutes: champNombre("Durée hebdomadaire de travail : minutes", { min: 0, max: 59, entier: true }).optional(),
      travailRisque: champBooleen("Travail sur machines dangereuses ou exposition à des risques particuliers").optional(),
      caisseRetraiteSupplementaire: champTexte("Caisse de retraite complémentaire (libellé)").optional(),
      avantageNature: champBooleen("Avantages en nature").optional(),
      avantageNourriture: champNombre("Avantage nourriture (€ par repas)", { min: 0 }).optional(),
      avantageLogement: champNombre("Avantage logement (€ par mois)", { min: 0 }).optional(),
      autreAvantageEnNature: champBooleen("Autre avantage en nature").optional(),
      smc: champNombre("Salaire minimum conventionnel (€ par mois)", { min: 0 }).optional(),
      smic: schemaSmicRetenu.optional(),
      salaireEmbauche: champNombre("Salaire brut mensuel à l'embauche (€) = ligne 1.1", { min: 0 }).optional(),
      remunerationMajoration: champNombre("Majoration employeur public (0, 10 ou 20 %)", { min: 0, max: 20 }).optional(),
      remunerationsAnnuelles: z.array(schemaRemunerationAnnuelle).max(8).optional().meta({ description: "Lignes de rémunération 1.1 … 4.2" }),
    })
    .meta({ title: "DetailsContrat", description: "Clauses du contrat (CERFA FA13, cadre « Le contrat »)" }),
  { dateConclusion: "dateSignature", caisseRetraiteComplementaire: "caisseRetraiteSupplementaire", typeContrat: "typeContratApp" },
);

/** Bloc « contrat » (voir {@link schemaDetailsContrat}). @example `const c: DetailsContrat = { typeContratApp: "11" };` */
export type DetailsContrat = z.infer<typeof schemaDetailsContrat>;
