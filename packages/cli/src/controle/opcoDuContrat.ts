import { resoudreOpco, tableIdccOpco } from "@communs-opco/nomenclatures";

const PAR_IDCC = new Map(tableIdccOpco.entrees.map((e) => [e.idcc, e.opco]));

/**
 * Nom officiel de l'OPCO de rattachement d'un contrat standard, d'après l'IDCC de l'employeur
 * (`employeur.codeIdcc`) et la table IDCC → OPCO de `@communs-opco/nomenclatures` ; « OPCO non
 * déterminé » quand l'IDCC manque ou n'y figure pas. Sert à ventiler le rapport HTML par OPCO.
 *
 * @example
 * ```ts
 * opcoDuContrat({ employeur: { codeIdcc: "1486" } }); // "OPCO ATLAS"
 * ```
 */
export function opcoDuContrat(contrat: unknown): string {
  const employeur = typeof contrat === "object" && contrat !== null ? (contrat as { employeur?: unknown }).employeur : undefined;
  const brut = typeof employeur === "object" && employeur !== null ? (employeur as { codeIdcc?: unknown }).codeIdcc : undefined;
  const idcc = typeof brut === "string" || typeof brut === "number" ? String(brut).trim().padStart(4, "0") : undefined;
  const slug = idcc === undefined ? undefined : PAR_IDCC.get(idcc);
  return (slug === undefined ? undefined : resoudreOpco(slug)?.nomOfficiel) ?? "OPCO non déterminé";
}
