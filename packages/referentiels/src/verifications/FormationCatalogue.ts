/**
 * Formation en apprentissage du catalogue (API Apprentissage `/formation/v1`), réduite aux champs
 * lus par les vérifications avant paiement.
 *
 * @example
 * ```ts
 * const f: FormationCatalogue = {
 *   cle: "088281P01313885594860007038855948600070-93010#L01", statut: "publié", rncp: "RNCP35340", cfd: "32031213", certificationConnue: true,
 *   responsable: { siret: "13000492600015", uai: "0751234J", connu: true }, formateur: { siret: "13000492600015", uai: "0751234J", connu: true },
 *   lieu: { uai: "0751234J", siret: "13000492600015", codePostal: "75011", codeInsee: "75111" }, sessions: [{ debut: "2025-09-01", fin: "2027-06-30" }],
 * };
 * ```
 */
export interface FormationCatalogue {
  cle: string;
  statut: "publié" | "archivé" | "supprimé";
  rncp: string | null;
  cfd: string | null;
  certificationConnue: boolean;
  responsable: { siret: string | null; uai: string | null; connu: boolean };
  formateur: { siret: string | null; uai: string | null; connu: boolean };
  lieu: { uai: string | null; siret: string | null; codePostal: string | null; codeInsee: string | null };
  /** Sessions, dates `AAAA-MM-JJ`. */
  sessions: { debut: string; fin: string }[];
}
