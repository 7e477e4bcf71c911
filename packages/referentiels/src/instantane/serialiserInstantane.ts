import type { ValeurNpec } from "../npec/ValeurNpec";
import type { Instantane } from "./Instantane";

/**
 * Ordre des colonnes des valeurs NPEC dans le fichier (forme compacte en tableaux).
 *
 * @example
 * ```ts
 * COLONNES_NPEC_FICHIER[0]; // "rncp"
 * ```
 */
export const COLONNES_NPEC_FICHIER = ["rncp", "cfd", "codeCpne", "libelleCpne", "idcc", "montant", "nonDefini", "statut", "dateApplicabilite", "fichier", "ligne"] as const;

/**
 * Forme écrite d'un instantané : identique à {@link Instantane}, sauf les valeurs NPEC (plusieurs
 * centaines de milliers par édition) rangées en tableaux de colonnes fixes, le nom de fichier
 * remplacé par son rang dans `fichiers`. Environ quatre fois plus compact que des objets.
 *
 * @example
 * ```ts
 * const f: InstantaneFichier = serialiserInstantane(instantane);
 * f.npec.valeurs.colonnes; // ["rncp", "cfd", …]
 * ```
 */
export type InstantaneFichier = Omit<Instantane, "npec"> & {
  npec: Omit<Instantane["npec"], "valeurs"> & {
    valeurs: { colonnes: readonly string[]; fichiers: string[]; lignes: unknown[][] };
  };
};

/**
 * Prépare un instantané pour l'écriture (valeurs NPEC en tableaux).
 *
 * @example
 * ```ts
 * JSON.stringify(serialiserInstantane(instantane));
 * ```
 */
export function serialiserInstantane(instantane: Instantane): InstantaneFichier {
  const fichiers: string[] = [];
  const rang = new Map<string, number>();
  const lignes = instantane.npec.valeurs.map((v) => {
    let r = rang.get(v.fichier);
    if (r === undefined) {
      r = fichiers.push(v.fichier) - 1;
      rang.set(v.fichier, r);
    }
    return [v.rncp, v.cfd, v.codeCpne, v.libelleCpne, v.idcc, v.montant, v.nonDefini, v.statut, v.dateApplicabilite, r, v.ligne];
  });
  return { ...instantane, npec: { ...instantane.npec, valeurs: { colonnes: COLONNES_NPEC_FICHIER, fichiers, lignes } } };
}

/**
 * Recalcule `autresCodesLigne` (non écrit dans le fichier) : les valeurs issues d'une même ligne
 * (même fichier, ligne, CPNE, montant et date) mais de codes RNCP différents viennent d'une
 * cellule qui liste plusieurs certifications.
 */
function completerCodesLigne(valeurs: ValeurNpec[]): void {
  const parLigne = new Map<string, ValeurNpec[]>();
  for (const v of valeurs) {
    if (v.rncp === null) continue;
    const cle = [v.fichier, v.ligne, v.codeCpne, v.libelleCpne, v.montant, v.nonDefini, v.dateApplicabilite].join("\u0000");
    const groupe = parLigne.get(cle);
    if (groupe === undefined) parLigne.set(cle, [v]);
    else groupe.push(v);
  }
  for (const groupe of parLigne.values()) {
    const codes = [...new Set(groupe.map((v) => v.rncp as string))];
    if (codes.length < 2) continue;
    for (const v of groupe) v.autresCodesLigne = codes.filter((c) => c !== v.rncp);
  }
}

/**
 * Reconstruit un instantané à partir de sa forme écrite. Renvoie `null` si les valeurs NPEC
 * n'ont pas la forme attendue.
 *
 * @example
 * ```ts
 * const instantane = deserialiserInstantane(JSON.parse(texte));
 * ```
 */
export function deserialiserInstantane(fichier: InstantaneFichier): Instantane | null {
  const v = fichier.npec?.valeurs;
  if (v === undefined || v === null || !Array.isArray(v.colonnes) || !Array.isArray(v.lignes) || !Array.isArray(v.fichiers) || v.colonnes.join(",") !== COLONNES_NPEC_FICHIER.join(",")) return null;
  const valeurs: ValeurNpec[] = v.lignes.map((l) => ({
    rncp: l[0] as string | null,
    cfd: l[1] as string | null,
    codeCpne: l[2] as string | null,
    libelleCpne: l[3] as string | null,
    idcc: l[4] as string[],
    montant: l[5] as number | null,
    nonDefini: l[6] as "NC" | "NR" | null,
    statut: l[7] as string | null,
    dateApplicabilite: l[8] as string,
    fichier: v.fichiers[l[9] as number] as string,
    ligne: l[10] as number,
  }));
  completerCodesLigne(valeurs);
  return { ...fichier, npec: { ...fichier.npec, valeurs } };
}
