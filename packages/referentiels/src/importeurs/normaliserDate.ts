const ORIGINE_EXCEL_MS = Date.UTC(1899, 11, 30);

/**
 * Convertit une date lue dans un fichier en `AAAA-MM-JJ` : numéro de série Excel (`45488` →
 * `2024-07-15`), objet `Date` (lu par exceljs, minuit UTC), texte `JJ/MM/AAAA` ou ISO.
 * Renvoie `null` pour une valeur vide et `undefined` pour une valeur illisible.
 *
 * @example
 * ```ts
 * normaliserDate(45488); // "2024-07-15"
 * normaliserDate("31/08/2023"); // "2023-08-31"
 * normaliserDate(""); // null
 * ```
 */
export function normaliserDate(valeur: unknown): string | null | undefined {
  if (valeur === null || valeur === undefined) return null;
  if (valeur instanceof Date) {
    return Number.isNaN(valeur.getTime()) ? undefined : valeur.toISOString().slice(0, 10);
  }
  if (typeof valeur === "number") {
    if (!Number.isFinite(valeur) || valeur < 1 || valeur > 2_958_465) return undefined;
    return new Date(ORIGINE_EXCEL_MS + Math.round(valeur) * 86_400_000).toISOString().slice(0, 10);
  }
  if (typeof valeur !== "string") return undefined;
  const texte = valeur.trim();
  if (texte === "") return null;
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(texte);
  if (m) return verifier(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(texte);
  if (m) return verifier(Number(m[1]), Number(m[2]), Number(m[3]));
  return undefined;
}

function verifier(annee: number, mois: number, jour: number): string | undefined {
  const d = new Date(Date.UTC(annee, mois - 1, jour));
  if (d.getUTCFullYear() !== annee || d.getUTCMonth() !== mois - 1 || d.getUTCDate() !== jour) return undefined;
  return d.toISOString().slice(0, 10);
}
