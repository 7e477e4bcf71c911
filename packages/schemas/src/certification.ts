import { z } from "zod";
import { champBooleen } from "./champs/champBooleen.js";
import { champCode } from "./champs/champCode.js";
import { champDate } from "./champs/champDate.js";
import { champTexte } from "./champs/champTexte.js";
import { correspondancesHabilitation, habilitations } from "./codes/habilitations.js";
import { avecAlias } from "./normalisation/avecAlias.js";
import { normaliserRncp } from "./normalisation/normaliserRncp.js";

const codeIntitule = (titre: string, code: string) =>
  z
    .array(
      avecAlias(
        z.strictObject({
          code: champTexte(code, { majuscules: true, sansEspaces: true }).optional(),
          intitule: champTexte("Intitulé").optional(),
        }),
        { libelle: "intitule", label: "intitule" },
      ),
    )
    .optional()
    .meta({ description: titre });

/**
 * Certification (`referentiels.md` §2.1, export RNCP/RS de France compétences, BCN) :
 * un couple CFD / fiche RNCP (ou une fiche RS) avec intitulé, niveau européen, mode
 * d'enregistrement, activité, dates de validité, certificateurs, partenaires habilités,
 * voies d'accès et domaines (ROME, NSF, Formacode), blocs de compétences et conventions
 * collectives. En entrée : niveaux `NIV3` → `3`, « Enregistrement de droit » →
 * `de_droit`, `ACTIVE`/`INACTIVE` → booléen, dates `jj/mm/aaaa`, SIRET précédés d'une
 * tabulation (export France compétences), `HABILITATION_ORGA_FORM` → `former`.
 *
 * @example
 * ```ts
 * const certification: Certification = {
 *   rncp: "RNCP509", intitule: "Agent vérificateur d'appareils extincteurs", niveauEuropeen: "3",
 *   typeEnregistrement: "de_droit", actif: false, dateFinEnregistrement: "2023-08-31",
 *   certificateurs: [{ siret: "11004301500012", nom: "MINISTERE DE L'EDUCATION NATIONALE ET DE LA JEUNESSE" }],
 * };
 * schemaCertification.parse(certification);
 * ```
 */
export const schemaCertification = avecAlias(
  z
    .strictObject({
      rncp: champTexte("Numéro de fiche RNCP (RNCP + 3 à 5 chiffres)", { majuscules: true, sansEspaces: true, normaliser: normaliserRncp }).optional(),
      rs: champTexte("Numéro de fiche du Répertoire spécifique (RS + chiffres)", { majuscules: true, sansEspaces: true }).optional(),
      cfd: champTexte("Code formation diplôme (CFD)", { majuscules: true, sansEspaces: true }).optional(),
      intitule: champTexte("Intitulé de la certification").optional(),
      intituleCourt: champTexte("Intitulé court (BCN)").optional(),
      abrege: champTexte("Abrégé du type de diplôme (CAP, BTS, TP…)").optional(),
      niveauEuropeen: champCode(
        "Niveau du cadre européen des certifications",
        {
          "1": "Niveau 1",
          "2": "Niveau 2",
          "3": "Niveau 3 (CAP, BEP)",
          "4": "Niveau 4 (baccalauréat)",
          "5": "Niveau 5 (bac+2)",
          "6": "Niveau 6 (licence, BUT)",
          "7": "Niveau 7 (master, ingénieur)",
          "8": "Niveau 8 (doctorat)",
          REPRISE: "Fiche reprise d'une ancienne nomenclature, sans niveau européen",
        },
        {
          majuscules: true,
          correspondances: Object.fromEntries(["1", "2", "3", "4", "5", "6", "7", "8"].flatMap((n) => [[`NIV${n}`, n], [`NIVEAU ${n}`, n]])),
        },
      ).optional(),
      typeEnregistrement: champCode(
        "Mode d'enregistrement au RNCP",
        { de_droit: "Enregistrement de droit", sur_demande: "Enregistrement sur demande" },
        {
          correspondances: {
            "Enregistrement de droit": "de_droit",
            "Enregistrement sur demande": "sur_demande",
          },
        },
      ).optional(),
      actif: champBooleen("Fiche active").optional(),
      dateDebut: champDate("Début de validité pour l'apprentissage").optional(),
      dateFin: champDate("Fin de validité pour l'apprentissage").optional(),
      dateDecision: champDate("Date de décision d'enregistrement").optional(),
      dateEffet: champDate("Date d'effet (début des parcours)").optional(),
      dateFinEnregistrement: champDate("Date de fin d'enregistrement").optional(),
      dateOuvertureCfd: champDate("Date d'ouverture du diplôme (BCN)").optional(),
      dateFermetureCfd: champDate("Date de fermeture du diplôme (BCN)").optional(),
      certificateurs: z
        .array(
          avecAlias(
            z.strictObject({
              siret: champTexte("SIRET du certificateur", { sansEspaces: true }).optional(),
              nom: champTexte("Nom du certificateur").optional(),
            }),
            { Siret_Certificateur: "siret", Nom_Certificateur: "nom" },
          ),
        )
        .optional()
        .meta({ description: "Certificateurs" }),
      partenaires: z
        .array(
          avecAlias(
            z.strictObject({
              siret: champTexte("SIRET du partenaire", { sansEspaces: true }).optional(),
              nom: champTexte("Nom du partenaire").optional(),
              habilitation: champCode("Habilitation", habilitations, { correspondances: correspondancesHabilitation }).optional(),
            }),
            { Siret_Partenaire: "siret", Nom_Partenaire: "nom", Habilitation_Partenaire: "habilitation" },
          ),
        )
        .optional()
        .meta({ description: "Organismes partenaires habilités" }),
      voiesAcces: z
        .strictObject({
          apprentissage: champBooleen("En contrat d'apprentissage").optional(),
          contratProfessionnalisation: champBooleen("En contrat de professionnalisation").optional(),
          formationContinue: champBooleen("Après un parcours de formation continue").optional(),
          formationStatutEleve: champBooleen("Après un parcours de formation sous statut d'élève ou d'étudiant").optional(),
          candidatureIndividuelle: champBooleen("Par candidature individuelle").optional(),
          experience: champBooleen("Par expérience (VAE)").optional(),
        })
        .optional()
        .meta({ description: "Voies d'accès à la certification" }),
      codesRome: codeIntitule("Métiers ROME", "Code ROME"),
      nsf: codeIntitule("Spécialités NSF", "Code NSF"),
      formacodes: codeIntitule("Formacodes", "Formacode"),
      blocsCompetences: codeIntitule("Blocs de compétences", "Code du bloc"),
      conventionsCollectives: z
        .array(
          z.strictObject({
            numero: champTexte("IDCC", { sansEspaces: true, completerZeros: 4 }).optional(),
            intitule: champTexte("Intitulé").optional(),
          }),
        )
        .optional()
        .meta({ description: "Conventions collectives associées à la fiche" }),
      extensions: z
        .record(z.string(), z.unknown())
        .optional()
        .meta({ description: "Champs reçus hors du standard, conservés sous leur chemin pointé d'origine" }),
    })
    .meta({ title: "Certification", description: "Certification professionnelle (RNCP, RS) ou diplôme (CFD)" }),
  { Intitule: "intitule", Type_Enregistrement: "typeEnregistrement", Actif: "actif", Date_Fin_Enregistrement: "dateFinEnregistrement" },
);

/** Certification (voir {@link schemaCertification}). @example `const c: Certification = { rncp: "RNCP37537" };` */
export type Certification = z.infer<typeof schemaCertification>;
