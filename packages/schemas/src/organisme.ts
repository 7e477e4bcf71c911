import { z } from "zod";
import { schemaAdresseReferentiel } from "./adresseReferentiel.js";
import { champBooleen } from "./champs/champBooleen.js";
import { champCode } from "./champs/champCode.js";
import { champDate } from "./champs/champDate.js";
import { champTexte } from "./champs/champTexte.js";
import { correspondancesHabilitation, habilitations } from "./codes/habilitations.js";
import { avecAlias } from "./normalisation/avecAlias.js";
import { normaliserRncp } from "./normalisation/normaliserRncp.js";

const uai = (description: string) => champTexte(description, { majuscules: true, sansEspaces: true });
const siret = (description: string) => champTexte(description, { sansEspaces: true });

/**
 * Organisme de formation (`referentiels.md` §2.1–2.3) : identifiants (SIRET, UAI,
 * NDA), nature (responsable / formateur), état administratif, Qualiopi apprentissage,
 * adresse, lieux de formation, relations, certifications et diplômes proposés,
 * habilitations RNCP. En entrée, les noms du Référentiel national des organismes
 * (`etat_administratif`, `lieux_de_formation`, `uai_potentiels`,
 * `numero_declaration_activite`…) sont acceptés ; « fermé » devient `ferme`.
 *
 * @example
 * ```ts
 * const organisme: Organisme = {
 *   siret: "19690049200014", uai: "0693446W", nature: "responsable_formateur",
 *   etatAdministratif: "actif", qualiopi: true, numeroDeclarationActivite: "84691234569",
 * };
 * schemaOrganisme.parse(organisme);
 * ```
 */
export const schemaOrganisme = avecAlias(
  z
    .strictObject({
      siret: siret("SIRET de l'établissement").optional(),
      siren: champTexte("SIREN de l'unité légale", { sansEspaces: true }).optional(),
      uai: uai("UAI de l'établissement").optional(),
      uaiPotentiels: z.array(uai("UAI potentiel")).optional().meta({ description: "UAI candidats (non fiabilisés)" }),
      raisonSociale: champTexte("Raison sociale").optional(),
      enseigne: champTexte("Enseigne").optional(),
      siegeSocial: champBooleen("Établissement siège").optional(),
      nature: champCode("Nature de l'organisme", {
        responsable: "Responsable (gestionnaire)",
        formateur: "Formateur",
        responsable_formateur: "Responsable et formateur",
        inconnue: "Inconnue",
      }).optional(),
      etatAdministratif: champCode(
        "État administratif (SIRENE)",
        { actif: "Actif", ferme: "Fermé" },
        { correspondances: { "fermé": "ferme", A: "actif", F: "ferme" } },
      ).optional(),
      numeroDeclarationActivite: champTexte("Numéro de déclaration d'activité (NDA, 11 caractères)", { sansEspaces: true }).optional(),
      qualiopi: champBooleen("Certifié Qualiopi pour les actions de formation par apprentissage").optional(),
      formeJuridique: avecAlias(z.strictObject({ code: champTexte("Code").optional(), libelle: champTexte("Libellé").optional() }), {
        label: "libelle",
      })
        .optional()
        .meta({ description: "Catégorie juridique INSEE" }),
      dateCreation: champDate("Date de création de l'établissement").optional(),
      dateFermeture: champDate("Date de fermeture de l'établissement").optional(),
      adresse: schemaAdresseReferentiel.optional(),
      lieuxFormation: z
        .array(
          avecAlias(
            z.strictObject({
              code: champTexte("Identifiant du lieu").optional(),
              siret: siret("SIRET du lieu").optional(),
              uai: uai("UAI du lieu").optional(),
              uaiFiable: champBooleen("L'UAI du lieu est fiable").optional(),
              adresse: schemaAdresseReferentiel.optional(),
            }),
            { uai_fiable: "uaiFiable" },
          ),
        )
        .optional()
        .meta({ description: "Lieux de formation" }),
      relations: z
        .array(
          avecAlias(z.strictObject({
            type: champCode("Type de relation", {
              "formateur->responsable": "Cet organisme forme pour le compte de l'organisme lié",
              "responsable->formateur": "L'organisme lié forme pour le compte de cet organisme",
              entreprise: "Même entreprise (SIREN)",
            }).optional(),
            siret: siret("SIRET de l'organisme lié").optional(),
            uai: uai("UAI de l'organisme lié").optional(),
            libelle: champTexte("Libellé").optional(),
          }), { label: "libelle" }),
        )
        .optional()
        .meta({ description: "Relations avec d'autres organismes" }),
      certifications: z
        .array(
          avecAlias(z.strictObject({ code: champTexte("Code RNCP", { majuscules: true, sansEspaces: true, normaliser: normaliserRncp }).optional(), libelle: champTexte("Intitulé").optional() }), {
            label: "libelle",
          }),
        )
        .optional()
        .meta({ description: "Certifications RNCP proposées" }),
      diplomes: z
        .array(
          avecAlias(
            z.strictObject({
              code: champTexte("CFD", { majuscules: true, sansEspaces: true }).optional(),
              niveau: champTexte("Niveau").optional(),
              libelle: champTexte("Intitulé").optional(),
            }),
            { label: "libelle" },
          ),
        )
        .optional()
        .meta({ description: "Diplômes (CFD) proposés" }),
      habilitations: z
        .array(
          z.strictObject({
            rncp: champTexte("Code RNCP", { majuscules: true, sansEspaces: true, normaliser: normaliserRncp }).optional(),
            habilitation: champCode("Habilitation", habilitations, { correspondances: correspondancesHabilitation }).optional(),
          }),
        )
        .optional()
        .meta({ description: "Habilitations RNCP (certificateur ou partenaire)" }),
      contacts: z
        .array(
          avecAlias(z.strictObject({ courriel: champTexte("Courriel").optional(), confirme: champBooleen("Confirmé par le référentiel").optional() }), {
            email: "courriel",
            "confirmé": "confirme",
          }),
        )
        .optional()
        .meta({ description: "Contacts" }),
      reseaux: z
        .array(avecAlias(z.strictObject({ code: champTexte("Code").optional(), libelle: champTexte("Libellé").optional() }), { label: "libelle" }))
        .optional()
        .meta({ description: "Réseaux d'appartenance" }),
      extensions: z
        .record(z.string(), z.unknown())
        .optional()
        .meta({ description: "Champs reçus hors du standard, conservés sous leur chemin pointé d'origine" }),
    })
    .meta({ title: "Organisme", description: "Organisme de formation (CFA responsable, formateur ou lieu de formation)" }),
  {
    raison_sociale: "raisonSociale",
    siege_social: "siegeSocial",
    etat_administratif: "etatAdministratif",
    numero_declaration_activite: "numeroDeclarationActivite",
    nda: "numeroDeclarationActivite",
    uai_potentiels: "uaiPotentiels",
    lieux_de_formation: "lieuxFormation",
    forme_juridique: "formeJuridique",
  },
);

/** Organisme de formation (voir {@link schemaOrganisme}). @example `const o: Organisme = { siret: "19690049200014" };` */
export type Organisme = z.infer<typeof schemaOrganisme>;
