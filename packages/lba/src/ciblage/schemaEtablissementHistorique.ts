import { verifierDepartement, verifierSiret } from "@communs-opco/identifiants";
import { normaliserCodeDepartement } from "@communs-opco/nomenclatures";
import { z } from "zod";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function estDate(texte: string): boolean {
  if (!DATE.test(texte)) return false;
  const date = new Date(`${texte}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === texte;
}

/**
 * Schéma zod d'une ligne d'historique (un établissement et ses embauches), tel que lu dans un
 * fichier JSONL : SIRET (clé de Luhn), département, effectif ≥ 0, ROME au format `A1234`, embauches
 * datées `AAAA-MM-JJ` avec un type de contrat DPAE entier. Le département est normalisé (« 069 » → « 69 »).
 *
 * @example
 * ```ts
 * schemaEtablissementHistorique.parse({ siret: "80123456700015", departement: "75", effectif: 8, romes: ["D1102"], embauches: [{ date: "2025-09-01", typeContrat: 11 }] });
 * ```
 */
export const schemaEtablissementHistorique = z.object({
  siret: z.string().refine((s) => verifierSiret(s).valide, "SIRET invalide (14 chiffres, clé de Luhn)"),
  raisonSociale: z.string().optional(),
  departement: z
    .string()
    .transform((d) => normaliserCodeDepartement(d))
    .refine((d) => verifierDepartement(d).valide, "code de département inconnu"),
  naf: z.string().optional(),
  idcc: z.string().regex(/^\d{1,4}$/, "IDCC attendu : 1 à 4 chiffres").transform((i) => i.padStart(4, "0")).optional(),
  opco: z.string().optional(),
  effectif: z.number().min(0, "effectif négatif"),
  romes: z.array(z.string().regex(/^[A-Z]\d{4}$/, "code ROME attendu (ex. D1102)")).default([]),
  embauches: z.array(
    z.object({
      date: z.string().refine(estDate, "date AAAA-MM-JJ attendue"),
      typeContrat: z.number().int("type de contrat entier attendu"),
    }),
  ),
});
