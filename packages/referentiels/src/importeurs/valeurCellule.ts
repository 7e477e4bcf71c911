/**
 * Valeur utile d'une cellule exceljs : texte enrichi aplati, résultat de formule, texte
 * d'hyperlien ; `null` pour une cellule vide ou en erreur. Les nombres et dates sont conservés.
 *
 * @example
 * ```ts
 * valeurCellule({ richText: [{ text: "Code " }, { text: "RNCP" }] }); // "Code RNCP"
 * valeurCellule({ formula: "A1*2", result: 4 }); // 4
 * ```
 */
export function valeurCellule(valeur: unknown): string | number | boolean | Date | null {
  if (valeur === null || valeur === undefined) return null;
  if (typeof valeur === "string") return valeur;
  if (typeof valeur === "number" || typeof valeur === "boolean" || valeur instanceof Date) return valeur;
  if (typeof valeur === "object") {
    const o = valeur as Record<string, unknown>;
    if (Array.isArray(o["richText"])) {
      return (o["richText"] as { text?: unknown }[]).map((r) => (typeof r.text === "string" ? r.text : "")).join("");
    }
    if ("result" in o) return valeurCellule(o["result"]);
    if ("sharedFormula" in o || "formula" in o) return null;
    if (typeof o["text"] === "string") return o["text"];
    if ("error" in o) return null;
  }
  return null;
}
