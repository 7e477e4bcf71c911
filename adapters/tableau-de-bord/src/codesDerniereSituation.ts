function plage(debut: number, fin: number, pas: number): string[] {
  const codes: string[] = [];
  for (let code = debut; code <= fin; code += pas) codes.push(String(code));
  return codes;
}

/**
 * Codes SIFA acceptés pour `derniere_situation` par le Tableau de bord (`indicateurs.md`
 * §1.3) : 1003 … 9999 (`0` vaut absence).
 *
 * @example
 * ```ts
 * codesDerniereSituation.has("4101"); // true
 * ```
 */
export const codesDerniereSituation: ReadonlySet<string> = new Set([
  "1003", "1005", "1009", "1017", "1019", "1021", "1023",
  ...plage(2001, 2007, 2),
  "3001", "3101", "3003", "3103", "3009", "3109", "3011", "3111",
  "3031", "3131", "3032", "3132", "3033", "3133", "3117", "3119", "3021", "3121", "3023", "3123",
  ...plage(4001, 4027, 1),
  ...plage(4101, 4127, 1),
  ...plage(5901, 5909, 2),
  "9900", "9999",
]);
