import { z } from "zod";
import { schemaAdresseReferentiel } from "./adresseReferentiel.js";
import { champBooleen } from "./champs/champBooleen.js";
import { champCode } from "./champs/champCode.js";
import { champDate } from "./champs/champDate.js";
import { champDateHeure } from "./champs/champDateHeure.js";
import { champNombre } from "./champs/champNombre.js";
import { champOpco } from "./champs/champOpco.js";
import { champTexte } from "./champs/champTexte.js";
import { avecAlias } from "./normalisation/avecAlias.js";

/**
 * Offre d'emploi en alternance de La bonne alternance (`lba.md` §4) : intitulé,
 * description, codes ROME, diplôme visé, contrat proposé (début, durée, type,
 * télétravail, rythme), lieu de travail (SIRET, IDCC, OPCO, NAF), candidature, statut
 * et dates. En entrée, statuts anglais ou français (`Filled`, « Pourvue »), types de
 * télétravail `onsite`/`remote`/`hybrid`, OPCO sous n'importe quel libellé (→ slug).
 *
 * @example
 * ```ts
 * const offre: Offre = {
 *   identifiant: "6650f3a1c2b4a80012345678", titre: "Apprenti(e) boulanger(ère)",
 *   codesRome: ["D1102"], diplomeVise: { niveauEuropeen: "3", libelle: "CAP, BEP (Infrabac)" },
 *   statut: "active", nombrePostes: 1,
 *   contrat: { types: ["apprentissage"], dureeMois: 24, dateDebut: "2025-09-01" },
 *   lieuTravail: { siret: "80123456700015", opco: "opco-ep", idcc: "0843" },
 * };
 * schemaOffre.parse(offre);
 * ```
 */
export const schemaOffre = avecAlias(
  z
    .strictObject({
      identifiant: champTexte("Identifiant de l'offre").optional(),
      identifiantPartenaire: champTexte("Identifiant chez le partenaire diffuseur").optional(),
      partenaire: champTexte("Partenaire diffuseur (offres_emploi_lba, France Travail…)").optional(),
      titre: champTexte("Intitulé de l'offre").optional(),
      description: champTexte("Description").optional(),
      codesRome: z.array(champTexte("Code ROME", { majuscules: true, sansEspaces: true })).optional().meta({ description: "Codes ROME" }),
      diplomeVise: z
        .strictObject({
          niveauEuropeen: champCode("Niveau européen visé", { "3": "3", "4": "4", "5": "5", "6": "6", "7": "7" }).optional(),
          libelle: champTexte("Libellé").optional(),
        })
        .optional()
        .meta({ description: "Diplôme visé" }),
      competencesRequises: z.array(champTexte("Compétence")).optional().meta({ description: "Compétences attendues" }),
      competencesAcquises: z.array(champTexte("Compétence")).optional().meta({ description: "Compétences à acquérir" }),
      conditionsAcces: z.array(champTexte("Condition")).optional().meta({ description: "Conditions d'accès" }),
      nombrePostes: champNombre("Nombre de postes", { min: 0, entier: true }).optional(),
      statut: champCode(
        "Statut de l'offre",
        { active: "Active", pourvue: "Pourvue", annulee: "Annulée", en_attente: "En attente" },
        {
          correspondances: {
            Active: "active",
            Filled: "pourvue",
            Pourvue: "pourvue",
            Cancelled: "annulee",
            "Annulée": "annulee",
            Pending: "en_attente",
            "En attente": "en_attente",
          },
        },
      ).optional(),
      dateCreation: champDateHeure("Création").optional(),
      dateExpiration: champDateHeure("Expiration").optional(),
      contrat: z
        .strictObject({
          dateDebut: champDate("Début souhaité du contrat").optional(),
          debutDesQuePossible: champBooleen("Début dès que possible").optional(),
          dateDebutFlexible: champBooleen("Date de début flexible").optional(),
          dureeMois: champNombre("Durée du contrat (mois)", { min: 0, entier: true }).optional(),
          types: z
            .array(
              champCode(
                "Type de contrat",
                { apprentissage: "Contrat d'apprentissage", professionnalisation: "Contrat de professionnalisation" },
                { correspondances: { Apprentissage: "apprentissage", Professionnalisation: "professionnalisation" } },
              ),
            )
            .optional()
            .meta({ description: "Types de contrat proposés" }),
          teletravail: champCode(
            "Télétravail",
            { sur_site: "Sur site", teletravail: "Télétravail", hybride: "Hybride" },
            { correspondances: { onsite: "sur_site", remote: "teletravail", hybrid: "hybride" } },
          ).optional(),
          rythme: champTexte("Rythme de l'alternance", {}, 100).optional(),
          accessibleHandicap: champBooleen("Ouverte aux personnes en situation de handicap").optional(),
        })
        .optional()
        .meta({ description: "Contrat proposé" }),
      lieuTravail: z
        .strictObject({
          siret: champTexte("SIRET", { sansEspaces: true }).optional(),
          enseigne: champTexte("Enseigne").optional(),
          raisonSociale: champTexte("Raison sociale").optional(),
          nom: champTexte("Nom affiché").optional(),
          siteWeb: champTexte("Site web").optional(),
          description: champTexte("Description de l'entreprise").optional(),
          taille: champTexte("Tranche d'effectif").optional(),
          adresse: schemaAdresseReferentiel.optional(),
          idcc: champTexte("IDCC", { sansEspaces: true, completerZeros: 4 }).optional(),
          opco: champOpco("OPCO de l'entreprise").optional(),
          naf: z
            .strictObject({ code: champTexte("Code NAF", { majuscules: true }).optional(), libelle: champTexte("Libellé").optional() })
            .optional()
            .meta({ description: "Activité principale" }),
        })
        .optional()
        .meta({ description: "Lieu de travail (entreprise)" }),
      candidature: z
        .strictObject({
          url: champTexte("URL de candidature").optional(),
          courriel: champTexte("Courriel de candidature").optional(),
          telephone: champTexte("Téléphone", { sansEspaces: true }).optional(),
        })
        .optional()
        .meta({ description: "Modalités de candidature" }),
      estDeleguee: champBooleen("Offre gérée par un CFA par délégation").optional(),
      origine: champTexte("Origine de l'offre (offer_origin)").optional(),
      extensions: z
        .record(z.string(), z.unknown())
        .optional()
        .meta({ description: "Champs reçus hors du standard, conservés sous leur chemin pointé d'origine" }),
    })
    .meta({ title: "Offre", description: "Offre d'emploi en alternance (La bonne alternance)" }),
  {
    offer_title: "titre",
    offer_description: "description",
    offer_rome_codes: "codesRome",
    offer_opening_count: "nombrePostes",
    offer_status: "statut",
    offer_creation: "dateCreation",
    offer_expiration: "dateExpiration",
    offer_origin: "origine",
    is_delegated: "estDeleguee",
  },
);

/** Offre d'emploi (voir {@link schemaOffre}). @example `const o: Offre = { titre: "Apprenti(e) boulanger(ère)" };` */
export type Offre = z.infer<typeof schemaOffre>;
