import { z } from "zod";
import { champBooleen } from "./champs/champBooleen.js";
import { champCode } from "./champs/champCode.js";
import { champDate } from "./champs/champDate.js";
import { champDateHeure } from "./champs/champDateHeure.js";
import { champNombre } from "./champs/champNombre.js";
import { champTexte } from "./champs/champTexte.js";
import { registreNormalisation } from "./normalisation/registreNormalisation.js";
import { normaliserRncp } from "./normalisation/normaliserRncp.js";

const uai = () => champTexte("UAI (7 chiffres + lettre clé)", { majuscules: true, sansEspaces: true });
const siret = () => champTexte("SIRET (14 chiffres)", { sansEspaces: true });

const etablissement = (titre: string) =>
  z
    .strictObject({
      uai: uai().optional(),
      siret: siret().optional(),
    })
    .meta({ description: titre });

const schemaAnneeScolaire = z
  .string()
  .regex(/^[12]\d{3}-[12]\d{3}$/u, { error: "L'année scolaire doit être au format AAAA-AAAA (ex. 2024-2025)." })
  .meta({ description: "Année scolaire AAAA-AAAA (du 1er août au 31 juillet)" });
registreNormalisation.add(schemaAnneeScolaire, {
  normaliser: (texte) => texte.replace(/\s/gu, "").replace("/", "-"),
});

const schemaNomApprenant = champTexte("Nom de l'apprenant (en majuscules)", { majuscules: true });

/**
 * Contrat rattaché à un effectif (jusqu'à 4 dans l'API v3 ; clé naturelle : date de début).
 *
 * @example
 * ```ts
 * schemaContratEffectif.parse({ dateDebut: "2024-09-02", dateFin: "2026-08-31", siretEmployeur: "80123456700015" });
 * ```
 */
export const schemaContratEffectif = z
  .strictObject({
    dateDebut: champDate("Date de début du contrat").optional(),
    dateFin: champDate("Date de fin prévue du contrat").optional(),
    dateRupture: champDate("Date de rupture").optional(),
    causeRupture: champTexte("Cause de la rupture (texte libre de l'ERP)").optional(),
    siretEmployeur: siret().optional(),
  })
  .meta({ title: "ContratEffectif", description: "Contrat d'apprentissage déclaré pour l'apprenant" });

/** Contrat d'un effectif (voir {@link schemaContratEffectif}). @example `const c: ContratEffectif = { dateDebut: "2024-09-02" };` */
export type ContratEffectif = z.infer<typeof schemaContratEffectif>;

/**
 * Effectif : un apprenant inscrit dans une formation d'un organisme pour une année
 * scolaire (« dossier apprenant » du Tableau de bord, `indicateurs.md` §1.3 et §2),
 * normalisé en objets imbriqués aux noms français. Le NIR n'est jamais conservé :
 * seulement `apprenant.aNir`. Pour lire le format plat de l'API v3
 * (`nom_apprenant`, `contrat_date_debut_2`…), utiliser {@link lireEffectif}.
 *
 * @example
 * ```ts
 * const effectif: Effectif = {
 *   anneeScolaire: "2024-2025",
 *   idErpApprenant: "ERP-000042",
 *   apprenant: { nom: "MARTIN", prenom: "Léa", dateNaissance: "2007-03-14" },
 *   formation: { cfd: "50022137", rncp: "RNCP37537", dateInscription: "2024-07-01", dateEntree: "2024-09-09", dateFin: "2026-06-30" },
 *   organismeResponsable: { uai: "0693446W", siret: "19690049200014" },
 *   organismeFormateur: { uai: "0693446W", siret: "19690049200014" },
 *   contrats: [{ dateDebut: "2024-09-02", dateFin: "2026-08-31", siretEmployeur: "80123456700015" }],
 * };
 * schemaEffectif.parse(effectif);
 * ```
 */
export const schemaEffectif = z
  .strictObject({
    anneeScolaire: schemaAnneeScolaire.optional(),
    idErpApprenant: champTexte("Identifiant de l'apprenant dans l'ERP du CFA").optional(),
    apprenant: z
      .strictObject({
        nom: schemaNomApprenant.optional(),
        prenom: champTexte("Prénom").optional(),
        dateNaissance: champDate("Date de naissance").optional(),
        ine: champTexte("Identifiant national élève (INE)", { majuscules: true }).optional(),
        courriel: champTexte("Courriel de contact").optional(),
        telephone: champTexte("Téléphone", { sansEspaces: true }).optional(),
        sexe: champCode("Sexe", { M: "Masculin", F: "Féminin" }, { majuscules: true, correspondances: { H: "M", "1": "M", "2": "F" } }).optional(),
        aNir: champBooleen("Un NIR a été transmis (le NIR lui-même n'est pas conservé)").optional(),
        rqth: champBooleen("Reconnaissance de la qualité de travailleur handicapé").optional(),
        dateRqth: champDate("Date de la RQTH").optional(),
        adresse: champTexte("Adresse").optional(),
        codePostal: champTexte("Code postal", { sansEspaces: true, completerZeros: 5 }).optional(),
        codeInsee: champTexte("Code commune INSEE de résidence", { majuscules: true, sansEspaces: true }).optional(),
        codePostalNaissance: champTexte("Code postal de naissance", { sansEspaces: true, completerZeros: 5 }).optional(),
        codeInseeNaissance: champTexte("Code commune INSEE de naissance", { majuscules: true, sansEspaces: true }).optional(),
        courrielResponsable1: champTexte("Courriel du responsable 1").optional(),
        courrielResponsable2: champTexte("Courriel du responsable 2").optional(),
        derniereSituation: champTexte("Dernière situation (code SIFA)", { sansEspaces: true, absents: ["0"] }).optional(),
        dernierOrganismeUai: champTexte("UAI (ou département) du dernier organisme fréquenté", { majuscules: true, sansEspaces: true }).optional(),
      })
      .optional()
      .meta({ description: "Apprenant" }),
    statut: z
      .strictObject({
        code: champCode("Statut transmis par l'ERP (codes historiques)", { "0": "Abandon", "2": "Inscrit", "3": "Apprenti" }).optional(),
        dateMetier: champDateHeure("Date métier de ce statut").optional(),
        libelleErp: champTexte("Libellé libre du statut dans l'ERP").optional(),
      })
      .optional()
      .meta({ description: "Statut déclaré par l'ERP (le statut calculé relève de @communs-opco/indicateurs)" }),
    formation: z
      .strictObject({
        rncp: champTexte("Code RNCP", { majuscules: true, sansEspaces: true, normaliser: normaliserRncp }).optional(),
        cfd: champTexte("Code formation diplôme (CFD)", { majuscules: true, sansEspaces: true }).optional(),
        libelleCourt: champTexte("Libellé court de la formation").optional(),
        anneeFormation: champNombre("Année dans le cycle de formation (0–5)", { min: 0, max: 5, entier: true }).optional(),
        dateInscription: champDate("Date d'inscription").optional(),
        dateEntree: champDate("Date d'entrée en formation (début de session)").optional(),
        dateFin: champDate("Date de fin de formation (fin de session)").optional(),
        dureeTheoriqueMois: champNombre("Durée théorique en mois (1–48)", { min: 1, max: 48, entier: true }).optional(),
        presentielle: champBooleen("Formation en présentiel").optional(),
        obtentionDiplome: champBooleen("Diplôme obtenu").optional(),
        dateObtentionDiplome: champDate("Date d'obtention du diplôme").optional(),
        exclusion: z
          .strictObject({
            date: champDate("Date d'exclusion").optional(),
            cause: champTexte("Cause de l'exclusion").optional(),
          })
          .optional()
          .meta({ description: "Exclusion de la formation" }),
        referentHandicap: z
          .strictObject({
            nom: champTexte("Nom").optional(),
            prenom: champTexte("Prénom").optional(),
            courriel: champTexte("Courriel").optional(),
          })
          .optional()
          .meta({ description: "Référent handicap de la formation" }),
      })
      .optional()
      .meta({ description: "Formation suivie" }),
    organismeResponsable: etablissement("Organisme responsable (CFA gestionnaire)").optional(),
    organismeFormateur: etablissement("Organisme formateur (devient l'organisme de l'effectif)").optional(),
    lieuFormation: z
      .strictObject({
        uai: uai().optional(),
        siret: siret().optional(),
        adresse: champTexte("Adresse du lieu de formation").optional(),
        codePostal: champTexte("Code postal du lieu de formation", { sansEspaces: true, completerZeros: 5 }).optional(),
      })
      .optional()
      .meta({ description: "Lieu de formation" }),
    typeCfa: champTexte("Type de CFA (01–10)", { sansEspaces: true, completerZeros: 2 }).optional(),
    contrats: z.array(schemaContratEffectif).optional().meta({ description: "Contrats d'apprentissage successifs" }),
    source: champTexte("Source de la transmission (ERP, FICHIER, DECA…)", { majuscules: true }).optional(),
    extensions: z
      .record(z.string(), z.unknown())
      .optional()
      .meta({ description: "Champs reçus hors du standard, conservés sous leur chemin pointé d'origine" }),
  })
  .meta({ title: "Effectif", description: "Apprenant inscrit dans une formation d'un organisme pour une année scolaire" });

/** Effectif (voir {@link schemaEffectif}). @example `const e: Effectif = { anneeScolaire: "2024-2025" };` */
export type Effectif = z.infer<typeof schemaEffectif>;
