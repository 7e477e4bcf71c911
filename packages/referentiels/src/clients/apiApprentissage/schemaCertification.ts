import { z } from "zod";

const texte = z.string().nullable();

/**
 * Schéma zod d'une certification de `GET /certification/v1` (un document par couple CFD, RNCP) :
 * identifiants, intitulés, validité, voie d'accès, certificateurs et continuité des codes.
 *
 * @example
 * ```ts
 * const [certification] = z.array(schemaCertification).parse(json);
 * certification?.type.voie_acces.rncp?.apprentissage; // true
 * ```
 */
export const schemaCertification = z.object({
  identifiant: z.object({ cfd: texte, rncp: texte, rncp_anterieur_2019: z.boolean().nullable() }),
  intitule: z.object({
    cfd: z.object({ long: z.string(), court: z.string() }).nullable(),
    niveau: z.object({
      cfd: z.object({ europeen: texte }).nullable(),
      rncp: z.object({ europeen: texte }).nullable(),
    }),
    rncp: texte,
  }),
  periode_validite: z.object({
    debut: texte,
    fin: texte,
    cfd: z
      .object({ ouverture: texte, fermeture: texte, premiere_session: z.number().nullable(), derniere_session: z.number().nullable() })
      .nullable(),
    rncp: z.object({ actif: z.boolean(), activation: texte, debut_parcours: texte, fin_enregistrement: texte }).nullable(),
  }),
  type: z.object({
    enregistrement_rncp: z.enum(["Enregistrement de droit", "Enregistrement sur demande"]).nullable(),
    voie_acces: z.object({
      rncp: z
        .object({
          apprentissage: z.boolean(),
          experience: z.boolean(),
          candidature_individuelle: z.boolean(),
          contrat_professionnalisation: z.boolean(),
          formation_continue: z.boolean(),
          formation_statut_eleve: z.boolean(),
        })
        .nullable(),
    }),
    certificateurs_rncp: z.array(z.object({ siret: z.string(), nom: z.string() })).nullable(),
  }),
  continuite: z.object({
    cfd: z.array(z.object({ ouverture: texte, fermeture: texte, code: z.string(), courant: z.boolean() })).nullable(),
    rncp: z
      .array(z.object({ activation: texte, fin_enregistrement: texte, code: z.string(), courant: z.boolean(), actif: z.boolean() }))
      .nullable(),
  }),
});

/**
 * Certification de l'API Apprentissage.
 *
 * @example
 * ```ts
 * const fin = (certification satisfies Certification).periode_validite.fin;
 * ```
 */
export type Certification = z.output<typeof schemaCertification>;
