import { normaliserRncp } from "../importeurs/normaliserRncp";

/**
 * Découpe une cellule RNCP du référentiel NPEC, qui peut contenir plusieurs codes séparés par
 * « / » (parfois sans le préfixe `RNCP`). Renvoie les codes normalisés, ou `{ erreur }` si une
 * partie n'est pas un code RNCP.
 *
 * @example
 * ```ts
 * analyserCodesRncp("RNCP1006/RNCP37239"); // { codes: ["RNCP1006", "RNCP37239"] }
 * analyserCodesRncp("31946/36989"); // { codes: ["RNCP31946", "RNCP36989"] }
 * ```
 */
export function analyserCodesRncp(valeur: unknown): { codes: string[] } | { erreur: string } {
  if (valeur === null || valeur === undefined || String(valeur).trim() === "") return { codes: [] };
  const parties = String(valeur).split(/[\/,;]|\s+et\s+/i).map((p) => p.trim()).filter((p) => p !== "");
  const codes: string[] = [];
  for (const partie of parties) {
    const code = normaliserRncp(partie);
    if (code === null) return { erreur: `code RNCP invalide : « ${partie} »` };
    if (!codes.includes(code)) codes.push(code);
  }
  return { codes };
}
