import type { ColonneDimension } from "./colonnesDimensions";

/**
 * Clés de groupe (chaînes) d'un effectif pour des colonnes de dimensions : une seule clé pour des
 * dimensions simples, plusieurs quand une dimension est multiple (OPCO par RNCP). La clé est la
 * suite des codes séparés par `|` ; {@link dimensionsDeCle} la décode.
 *
 * @example
 * ```ts
 * groupesEffectif(colonnes, 0); // ["3|12"]
 * ```
 */
export function groupesEffectif(colonnes: readonly ColonneDimension[], i: number): string[] {
  let cles = [""];
  colonnes.forEach((c, j) => {
    const codes: number[] = [];
    if (c.codes !== undefined) codes.push(c.codes[i]!);
    else for (let k = c.debuts![i]!; k < c.debuts![i + 1]!; k++) codes.push(c.codesMultiples![k]!);
    cles = cles.flatMap((cle) => codes.map((code) => (j === 0 ? String(code) : `${cle}|${code}`)));
  });
  return cles;
}

/**
 * Décode une clé de {@link groupesEffectif} en valeurs de dimensions.
 *
 * @example
 * ```ts
 * dimensionsDeCle(colonnes, "3|12"); // { departement: "75", niveau: "3" }
 * ```
 */
export function dimensionsDeCle(colonnes: readonly ColonneDimension[], cle: string): Record<string, string | null> {
  const dimensions: Record<string, string | null> = {};
  if (colonnes.length === 0) return dimensions;
  cle.split("|").forEach((code, j) => {
    const c = colonnes[j]!;
    dimensions[c.dimension] = c.valeurs[Number(code)] ?? null;
  });
  return dimensions;
}
