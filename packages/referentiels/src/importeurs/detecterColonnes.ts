import { normaliserTexte } from "./normaliserTexte";

/**
 * Repère les colonnes d'une ligne d'en-tête par expressions régulières appliquées au libellé
 * normalisé (minuscules, sans accents, espaces réduits) : les fichiers publics renomment et
 * déplacent leurs colonnes d'une édition à l'autre, on ne se fie donc jamais à la position.
 *
 * @example
 * ```ts
 * detecterColonnes(["Code RNCP", "NPEC final"], { rncp: /^(code )?rncp$/, montant: /^npec final$/ });
 * // { rncp: 0, montant: 1 }
 * ```
 */
export function detecterColonnes<K extends string>(
  valeurs: readonly unknown[],
  motifs: Readonly<Record<K, RegExp>>,
): Partial<Record<K, number>> {
  const textes = valeurs.map((v) => (typeof v === "string" ? normaliserTexte(v) : ""));
  const resultat: Partial<Record<K, number>> = {};
  for (const cle of Object.keys(motifs) as K[]) {
    const index = textes.findIndex((t) => t !== "" && motifs[cle].test(t));
    if (index >= 0) resultat[cle] = index;
  }
  return resultat;
}
