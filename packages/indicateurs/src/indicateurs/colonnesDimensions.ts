import { jourDepuisDate } from "@communs-opco/dates";
import { opcoParIdcc, type SlugOpco } from "@communs-opco/nomenclatures";
import type { Dimension } from "./Dimension";
import type { LiaisonOpco } from "./LiaisonOpco";
import { NAISSANCE_INCONNUE } from "./preparerEffectifs";
import type { TableEffectifs } from "./TableEffectifs";
import { trancheAge, type TrancheAge } from "./trancheAge";

/**
 * Colonne d'une dimension pour l'agrégation : simple (`codes`, une valeur par effectif) ou multiple
 * (`debuts` / `codesMultiples` : plusieurs valeurs par effectif, cas de l'OPCO par RNCP).
 *
 * @example
 * ```ts
 * const c: ColonneDimension = { dimension: "niveau", valeurs: ["3", "4"], codes: Uint16Array.from([0, 1, 1]) };
 * ```
 */
export interface ColonneDimension {
  dimension: Dimension;
  valeurs: (string | null)[];
  codes?: Uint8Array | Uint16Array | Uint32Array;
  debuts?: Int32Array;
  codesMultiples?: Uint32Array;
}

/**
 * Options de calcul des colonnes de dimensions dépendantes de la date.
 *
 * @example
 * ```ts
 * const o: OptionsDimensions = { date: "2025-03-06", liaisonOpco: { mode: "idcc" } };
 * ```
 */
export interface OptionsDimensions {
  date: string;
  /** « Maintenant » du Tableau de bord pour `trancheAgeTdb` (toujours fourni par l'appelant). */
  dateReference?: string | undefined;
  liaisonOpco?: LiaisonOpco | undefined;
}

const TRANCHES: readonly (TrancheAge | null)[] = ["-18", "18-20", "21-25", "26+", null];

function colonneTranches(table: TableEffectifs, jour: number, dimension: Dimension): ColonneDimension {
  const codes = new Uint8Array(table.taille);
  const parNaissance = new Map<number, number>();
  for (let i = 0; i < table.taille; i++) {
    const naissance = table.naissance[i]!;
    let code = parNaissance.get(naissance);
    if (code === undefined) {
      const t = naissance === NAISSANCE_INCONNUE ? undefined : trancheAge(naissance, jour);
      code = t === undefined ? 4 : TRANCHES.indexOf(t);
      parNaissance.set(naissance, code);
    }
    codes[i] = code;
  }
  return { dimension, valeurs: [...TRANCHES], codes };
}

/** Contrat en cours à la date, sinon le dernier commencé avant (le plus grand début ≤ date). */
function contratALaDate(table: TableEffectifs, i: number, date: string): { siret?: string | undefined; idcc?: string | undefined } | undefined {
  let retenu: { debut: string; siret?: string | undefined; idcc?: string | undefined } | undefined;
  for (const c of table.effectifs[i]?.contrats ?? []) {
    if (typeof c.debut === "string" && c.debut <= date && (retenu === undefined || c.debut >= retenu.debut)) retenu = c;
  }
  return retenu;
}

function colonneOpco(table: TableEffectifs, options: OptionsDimensions): ColonneDimension {
  const liaison = options.liaisonOpco;
  if (liaison === undefined) throw new RangeError("la dimension « opco » demande un mode de rattachement (liaisonOpco)");
  const valeurs: (string | null)[] = [null];
  const index = new Map<string | null, number>([[null, 0]]);
  const coder = (slug: SlugOpco): number => {
    let c = index.get(slug);
    if (c === undefined) {
      c = valeurs.length;
      valeurs.push(slug);
      index.set(slug, c);
    }
    return c;
  };
  const n = table.taille;
  if (liaison.mode === "rncp") {
    const colonne = table.colonnes.rncp;
    const parCode = colonne.valeurs.map((rncp) => (rncp === null ? [] : (liaison.parRncp?.get(rncp) ?? []).map(coder)));
    const debuts = new Int32Array(n + 1);
    let total = 0;
    for (let i = 0; i < n; i++) {
      debuts[i] = total;
      total += Math.max(1, parCode[colonne.codes[i]!]!.length);
    }
    debuts[n] = total;
    const codesMultiples = new Uint32Array(total);
    for (let i = 0; i < n; i++) {
      const liste = parCode[colonne.codes[i]!]!;
      if (liste.length === 0) codesMultiples[debuts[i]!] = 0;
      else codesMultiples.set(liste, debuts[i]!);
    }
    return { dimension: "opco", valeurs, debuts, codesMultiples };
  }
  const codes = new Uint32Array(n);
  const parIdcc = liaison.parIdcc ?? ((idcc: string) => opcoParIdcc(idcc)?.slug);
  for (let i = 0; i < n; i++) {
    const contrat = contratALaDate(table, i, options.date);
    let slug: SlugOpco | undefined;
    if (contrat !== undefined) {
      if (liaison.mode === "siret") {
        const siret = contrat.siret?.replace(/[\s.\-]/g, "");
        if (siret) slug = liaison.parSiret?.get(liaison.cleSiren ? siret.slice(0, 9) : siret);
      } else if (contrat.idcc) {
        slug = parIdcc(contrat.idcc);
      }
    }
    codes[i] = slug === undefined ? 0 : coder(slug);
  }
  return { dimension: "opco", valeurs, codes };
}

/**
 * Construit les colonnes des dimensions demandées : fixes (préparées dans la table), tranches d'âge
 * à la date (ou à la date de référence), OPCO selon le mode de rattachement.
 *
 * @example
 * ```ts
 * const colonnes = colonnesDimensions(table, ["departement", "trancheAge"], { date: "2025-03-06" });
 * ```
 */
export function colonnesDimensions(table: TableEffectifs, par: readonly Dimension[], options: OptionsDimensions): ColonneDimension[] {
  return par.map((dimension): ColonneDimension => {
    switch (dimension) {
      case "trancheAge":
        return colonneTranches(table, jourDepuisDate(options.date), dimension);
      case "trancheAgeTdb":
        if (options.dateReference === undefined) throw new RangeError("la dimension « trancheAgeTdb » demande une date de référence (dateReference)");
        return colonneTranches(table, jourDepuisDate(options.dateReference), dimension);
      case "opco":
        return colonneOpco(table, options);
      default: {
        const colonne = table.colonnes[dimension];
        return { dimension, valeurs: colonne.valeurs, codes: colonne.codes };
      }
    }
  });
}
