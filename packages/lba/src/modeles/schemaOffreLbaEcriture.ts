import { verifierSiret } from "@communs-opco/identifiants";
import { z } from "zod";

const SANS_URL_NI_COURRIEL = /(https?:\/\/|www\.|[^\s@]+@[^\s@]+\.[^\s@]+)/i;

/**
 * Schéma zod d'une offre à publier (`POST /v3/jobs`, `PUT /v3/jobs/:id`), contrôlé avant envoi :
 * titre ≥ 3 caractères, description ≥ 30, au moins un canal de candidature (courriel, téléphone
 * ou URL), SIRET valide (clé de Luhn). L'OPCO et l'IDCC ne sont **jamais** acceptés en écriture
 * (ils sont dérivés du SIRET par le service) : le lieu de travail est un objet strict qui les refuse.
 *
 * @example
 * ```ts
 * const offre = schemaOffreLbaEcriture.parse({
 *   offer: { title: "Apprenti(e) boulanger(ère)", description: "Fabrication du pain et des viennoiseries au fournil." },
 *   apply: { email: "recrutement@example.fr" },
 *   workplace: { siret: "42476141900045" },
 * });
 * offre.contract.type; // ["Apprentissage", "Professionnalisation"]
 * ```
 */
export const schemaOffreLbaEcriture = z
  .object({
    identifier: z.object({ partner_job_id: z.string().min(1).nullish() }).default({}),
    contract: z
      .object({
        start: z.iso.datetime({ offset: true }).nullish(),
        duration: z.number().int().min(1).nullish(),
        type: z.array(z.enum(["Apprentissage", "Professionnalisation"])).min(1).default(["Apprentissage", "Professionnalisation"]),
        remote: z.enum(["onsite", "remote", "hybrid"]).nullish(),
      })
      .default({ type: ["Apprentissage", "Professionnalisation"] }),
    offer: z.object({
      title: z
        .string()
        .trim()
        .min(3, "le titre doit comporter au moins 3 caractères")
        .max(150)
        .refine((titre) => !SANS_URL_NI_COURRIEL.test(titre), "le titre ne doit contenir ni URL ni courriel"),
      description: z.string().trim().min(30, "la description doit comporter au moins 30 caractères"),
      rome_codes: z.array(z.string().regex(/^[A-Z]\d{4}$/, "code ROME attendu (ex. D1102)")).nullish(),
      target_diploma: z.object({ european: z.enum(["3", "4", "5", "6", "7"]) }).nullish(),
      desired_skills: z.array(z.string()).default([]),
      to_be_acquired_skills: z.array(z.string()).default([]),
      access_conditions: z.array(z.string()).default([]),
      publication: z
        .object({ creation: z.iso.datetime({ offset: true }).nullish(), expiration: z.iso.datetime({ offset: true }).nullish() })
        .default({}),
      opening_count: z.number().int().min(1).default(1),
      origin: z.string().nullish(),
      multicast: z.boolean().default(true),
      status: z.enum(["Active", "Filled", "Cancelled"]).default("Active"),
    }),
    apply: z
      .object({ email: z.email().nullish(), phone: z.string().nullish(), url: z.url().nullish() })
      .refine((a) => [a.email, a.phone, a.url].some((v) => v !== undefined && v !== null && v !== ""), {
        message: "au moins un canal de candidature est requis (courriel, téléphone ou URL)",
      }),
    workplace: z.strictObject({
      siret: z.string().refine((siret) => verifierSiret(siret).valide, "SIRET invalide (14 chiffres, clé de Luhn)"),
      name: z.string().nullish(),
      website: z.url().nullish(),
      description: z.string().nullish(),
      location: z.object({ address: z.string().min(1) }).nullish(),
    }),
  });

/**
 * Offre à publier sur La bonne alternance (valeurs par défaut appliquées).
 *
 * @example
 * ```ts
 * const titre = (o: OffreLbaEcriture) => o.offer.title;
 * ```
 */
export type OffreLbaEcriture = z.output<typeof schemaOffreLbaEcriture>;

/**
 * Offre à publier telle que saisie (avant valeurs par défaut).
 *
 * @example
 * ```ts
 * const saisie: SaisieOffreLba = { offer: { title: "Apprenti", description: "…30 caractères au moins…" }, apply: { email: "a@b.fr" }, workplace: { siret: "42476141900045" } };
 * ```
 */
export type SaisieOffreLba = z.input<typeof schemaOffreLbaEcriture>;
