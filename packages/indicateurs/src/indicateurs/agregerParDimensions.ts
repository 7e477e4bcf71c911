import type { ColonneDimension } from "./colonnesDimensions";
import type { GroupeIndicateurs } from "./GroupeIndicateurs";

const LIMITE_DENSE = 1 << 24;

/**
 * Étape 2 des indicateurs : compte les statuts (codes 0 à 4 ; les autres codes ne sont pas comptés)
 * par combinaison des dimensions. Les clés de groupe sont des entiers en base mixte sur les codes de
 * dictionnaire, les comptes dans un tableau typé dense quand le produit des cardinalités le permet.
 * Une dimension multiple (OPCO par RNCP) compte l'effectif dans chacun de ses groupes.
 *
 * @example
 * ```ts
 * const { statuts } = statutsALaDate(table, "2025-03-06");
 * const groupes = agregerParDimensions(colonnesDimensions(table, ["departement"], { date: "2025-03-06" }), statuts);
 * ```
 */
export function agregerParDimensions(colonnes: readonly ColonneDimension[], statuts: Uint8Array): GroupeIndicateurs[] {
  const n = statuts.length;
  const cardinalites = colonnes.map((c) => Math.max(1, c.valeurs.length));
  const multiplicateurs: number[] = [];
  let produit = 1;
  for (let j = colonnes.length - 1; j >= 0; j--) {
    multiplicateurs[j] = produit;
    produit *= cardinalites[j]!;
  }
  if (produit > Number.MAX_SAFE_INTEGER / 8) throw new RangeError("trop de combinaisons de dimensions pour une clé numérique");
  const dense = produit * 5 <= LIMITE_DENSE;
  const comptesDenses = dense ? new Int32Array(produit * 5) : undefined;
  const comptesEpars = new Map<number, Int32Array>();
  const ajouter = (cle: number, statut: number): void => {
    if (comptesDenses !== undefined) {
      comptesDenses[cle * 5 + statut]! += 1;
      return;
    }
    let c = comptesEpars.get(cle);
    if (c === undefined) {
      c = new Int32Array(5);
      comptesEpars.set(cle, c);
    }
    c[statut]! += 1;
  };

  const simples = colonnes.every((c) => c.codes !== undefined);
  if (simples && colonnes.length === 1) {
    const c0 = colonnes[0]!.codes!;
    for (let i = 0; i < n; i++) {
      const s = statuts[i]!;
      if (s < 5) ajouter(c0[i]!, s);
    }
  } else if (simples && colonnes.length === 2) {
    const c0 = colonnes[0]!.codes!;
    const c1 = colonnes[1]!.codes!;
    const m0 = multiplicateurs[0]!;
    for (let i = 0; i < n; i++) {
      const s = statuts[i]!;
      if (s < 5) ajouter(c0[i]! * m0 + c1[i]!, s);
    }
  } else if (simples && colonnes.length === 3) {
    const c0 = colonnes[0]!.codes!;
    const c1 = colonnes[1]!.codes!;
    const c2 = colonnes[2]!.codes!;
    const m0 = multiplicateurs[0]!;
    const m1 = multiplicateurs[1]!;
    if (comptesDenses !== undefined) {
      for (let i = 0; i < n; i++) {
        const s = statuts[i]!;
        if (s < 5) comptesDenses[(c0[i]! * m0 + c1[i]! * m1 + c2[i]!) * 5 + s]! += 1;
      }
    } else {
      for (let i = 0; i < n; i++) {
        const s = statuts[i]!;
        if (s < 5) ajouter(c0[i]! * m0 + c1[i]! * m1 + c2[i]!, s);
      }
    }
  } else {
    // Cas général : produit cartésien des valeurs de chaque dimension (simple ou multiple).
    const courant: number[] = [];
    const parcourir = (i: number, j: number, cle: number, s: number): void => {
      if (j === colonnes.length) {
        ajouter(cle, s);
        return;
      }
      const c = colonnes[j]!;
      if (c.codes !== undefined) {
        parcourir(i, j + 1, cle + c.codes[i]! * multiplicateurs[j]!, s);
        return;
      }
      for (let k = c.debuts![i]!; k < c.debuts![i + 1]!; k++) {
        courant[j] = c.codesMultiples![k]!;
        parcourir(i, j + 1, cle + courant[j]! * multiplicateurs[j]!, s);
      }
    };
    for (let i = 0; i < n; i++) {
      const s = statuts[i]!;
      if (s < 5) parcourir(i, 0, 0, s);
    }
  }

  const groupes: GroupeIndicateurs[] = [];
  const emettre = (cle: number, c: ArrayLike<number>): void => {
    const inscrits = c[0]!;
    const apprentisSeuls = c[1]!;
    const rupturants = c[2]!;
    const abandons = c[3]!;
    const finDeFormation = c[4]!;
    if (inscrits + apprentisSeuls + rupturants + abandons + finDeFormation === 0) return;
    const dimensions: Record<string, string | null> = {};
    let reste = cle;
    colonnes.forEach((col, j) => {
      const code = Math.floor(reste / multiplicateurs[j]!);
      reste -= code * multiplicateurs[j]!;
      dimensions[col.dimension] = col.valeurs[code] ?? null;
    });
    const apprentis = apprentisSeuls + finDeFormation;
    groupes.push({ dimensions, apprenants: apprentis + inscrits + rupturants, apprentis, inscrits, rupturants, abandons, finDeFormation });
  };
  if (comptesDenses !== undefined) {
    for (let cle = 0; cle < produit; cle++) emettre(cle, comptesDenses.subarray(cle * 5, cle * 5 + 5));
  } else {
    for (const cle of [...comptesEpars.keys()].sort((a, b) => a - b)) emettre(cle, comptesEpars.get(cle)!);
  }
  return groupes;
}
