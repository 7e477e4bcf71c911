import { z } from "zod";
import { schemaAdresseReferentiel } from "./adresseReferentiel.js";
import { champBooleen } from "./champs/champBooleen.js";
import { champCode } from "./champs/champCode.js";
import { champDate } from "./champs/champDate.js";
import { champNombre } from "./champs/champNombre.js";
import { champTexte } from "./champs/champTexte.js";
import { avecAlias } from "./normalisation/avecAlias.js";
import { normaliserRncp } from "./normalisation/normaliserRncp.js";

const organismeFormation = (titre: string) =>
  z
    .strictObject({
      siret: champTexte("SIRET", { sansEspaces: true }).optional(),
      uai: champTexte("UAI", { majuscules: true, sansEspaces: true }).optional(),
      nda: champTexte("Numéro de déclaration d'activité", { sansEspaces: true }).optional(),
      denomination: champTexte("Dénomination").optional(),
      qualiopi: champBooleen("Certifié Qualiopi").optional(),
      habiliteRncp: champBooleen("Habilité pour la fiche RNCP").optional(),
    })
    .optional()
    .meta({ description: titre });

/**
 * Formation du catalogue des offres en apprentissage (`referentiels.md` §2.1 et §2.3) :
 * identifiant du ministère, statut au catalogue, certification préparée (RNCP, CFD),
 * organismes responsable et formateur, lieu, modalités, sessions et contact.
 *
 * @example
 * ```ts
 * const formation: Formation = {
 *   cleMinistereEducatif: "087965P01213885594860007038855948600070-67180#L01",
 *   statutCatalogue: "publie",
 *   rncp: "RNCP37537", cfd: "50022137", intitule: "CAP Boulanger", niveauEuropeen: "3",
 *   responsable: { siret: "19690049200014", uai: "0693446W" },
 *   sessions: [{ debut: "2025-09-08", fin: "2027-06-30", capacite: 24 }],
 * };
 * schemaFormation.parse(formation);
 * ```
 */
export const schemaFormation = avecAlias(
  z
    .strictObject({
      cleMinistereEducatif: champTexte("Clé ministère éducatif (identifiant de l'offre)").optional(),
      statutCatalogue: champCode(
        "Statut au catalogue",
        { publie: "Publiée", supprime: "Supprimée", archive: "Archivée" },
        { correspondances: { "publié": "publie", "supprimé": "supprime", "archivé": "archive" } },
      ).optional(),
      rncp: champTexte("Code RNCP préparé", { majuscules: true, sansEspaces: true, absents: ["RNCPNR"], normaliser: normaliserRncp }).optional(),
      cfd: champTexte("Code formation diplôme préparé", { majuscules: true, sansEspaces: true }).optional(),
      intitule: champTexte("Intitulé de la formation").optional(),
      niveauEuropeen: champCode("Niveau européen", { "3": "3", "4": "4", "5": "5", "6": "6", "7": "7", "8": "8" }).optional(),
      responsable: organismeFormation("Organisme responsable (gestionnaire)"),
      formateur: organismeFormation("Organisme formateur"),
      lieu: z
        .strictObject({
          siret: champTexte("SIRET du lieu", { sansEspaces: true }).optional(),
          uai: champTexte("UAI du lieu", { majuscules: true, sansEspaces: true }).optional(),
          adresse: schemaAdresseReferentiel.optional(),
        })
        .optional()
        .meta({ description: "Lieu de formation" }),
      entierementADistance: champBooleen("Formation entièrement à distance").optional(),
      dureeIndicativeAnnees: champNombre("Durée indicative (années)", { min: 0 }).optional(),
      anneeCycle: champNombre("Année dans le cycle", { min: 0, entier: true }).optional(),
      mef10: champTexte("Code MEF à 10 chiffres", { sansEspaces: true }).optional(),
      sessions: z
        .array(
          z.strictObject({
            debut: champDate("Début de session").optional(),
            fin: champDate("Fin de session").optional(),
            capacite: champNombre("Capacité d'accueil", { min: 0, entier: true }).optional(),
          }),
        )
        .optional()
        .meta({ description: "Sessions" }),
      contact: z
        .strictObject({ courriel: champTexte("Courriel").optional(), telephone: champTexte("Téléphone", { sansEspaces: true }).optional() })
        .optional()
        .meta({ description: "Contact" }),
      extensions: z
        .record(z.string(), z.unknown())
        .optional()
        .meta({ description: "Champs reçus hors du standard, conservés sous leur chemin pointé d'origine" }),
    })
    .meta({ title: "Formation", description: "Formation en apprentissage du catalogue" }),
  { cle_ministere_educatif: "cleMinistereEducatif", rncp_code: "rncp", intitule_long: "intitule", entierement_a_distance: "entierementADistance" },
);

/** Formation du catalogue (voir {@link schemaFormation}). @example `const f: Formation = { cfd: "50022137" };` */
export type Formation = z.infer<typeof schemaFormation>;
