/**
 * Texte d'une cellule à l'index donné, sans espaces de bord ; `null` si vide ou absente.
 * Les dates sont rendues en `AAAA-MM-JJ`, les nombres en texte.
 *
 * @example
 * ```ts
 * texteCellule(["  RNCP1002 ", ""], 0); // "RNCP1002"
 * texteCellule(["a"], 3); // null
 * ```
 */
export function texteCellule(valeurs: readonly unknown[], index: number | undefined): string | null {
  if (index === undefined) return null;
  const v = valeurs[index];
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  const t = String(v).trim();
  return t === "" ? null : t;
}
