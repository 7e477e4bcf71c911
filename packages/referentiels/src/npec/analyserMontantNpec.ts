/**
 * Lit une cellule de NPEC : nombre, texte avec espaces et « € » (`"9 497 €"`, `"9 497,50"`),
 * ou marqueur `NC` / `NR` (valeur non définie). Renvoie `{ erreur }` pour un texte illisible.
 *
 * @example
 * ```ts
 * analyserMontantNpec("9 497 €"); // { montant: 9497, nonDefini: null }
 * analyserMontantNpec("NC"); // { montant: null, nonDefini: "NC" }
 * ```
 */
export function analyserMontantNpec(
  valeur: unknown,
): { montant: number | null; nonDefini: "NC" | "NR" | null } | { erreur: string } {
  if (typeof valeur === "number") {
    return Number.isFinite(valeur) && valeur >= 0 ? { montant: valeur, nonDefini: null } : { erreur: `montant invalide : ${String(valeur)}` };
  }
  if (valeur === null || valeur === undefined) return { erreur: "montant NPEC absent" };
  const texte = String(valeur).trim();
  const marque = texte.toUpperCase();
  if (marque === "NC" || marque === "NR") return { montant: null, nonDefini: marque };
  const nettoye = texte.replace(/[\s\u00a0\u202f€]/g, "").replace(",", ".");
  if (/^\d+(?:\.\d+)?$/.test(nettoye)) return { montant: Number(nettoye), nonDefini: null };
  return { erreur: `montant NPEC illisible : « ${texte} »` };
}
