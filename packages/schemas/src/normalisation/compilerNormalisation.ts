import type { z } from "zod";
import { normaliserBooleen } from "./normaliserBooleen.js";
import { normaliserDate } from "./normaliserDate.js";
import { normaliserDateHeure } from "./normaliserDateHeure.js";
import { normaliserNombre } from "./normaliserNombre.js";
import { registreNormalisation, type ConsigneNormalisation } from "./registreNormalisation.js";

/**
 * Normaliseur compilé d'un schéma strict : `(valeur, chemin, inconnus) → valeur normalisée`
 * (voir {@link compilerNormalisation}).
 *
 * @example
 * ```ts
 * const n: Normaliseur = compilerNormalisation(schemaContrat);
 * n({ apprenti: { handicap: "non" } }, "", {}); // { apprenti: { handicap: false } }
 * ```
 */
export type Normaliseur = (valeur: unknown, chemin: string, inconnus: Record<string, unknown>) => unknown;

/** Définition interne minimale d'un schéma zod 4, lue une seule fois à la compilation. */
interface DefinitionSchema {
  readonly type: string;
  readonly format?: string;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly shape?: Record<string, z.ZodType>;
  readonly in?: z.ZodType;
}

const compiles = new WeakMap<z.ZodType, Normaliseur>();

function estObjetSimple(valeur: unknown): valeur is Record<string, unknown> {
  return typeof valeur === "object" && valeur !== null && !Array.isArray(valeur);
}

/** Normaliseur de texte (codes, textes, dates) selon la consigne du champ, compilé une fois. */
export function normaliseurTexte(consigne: ConsigneNormalisation | undefined): (valeur: unknown) => unknown {
  const sansEspaces = consigne?.sansEspaces === true;
  const majuscules = consigne?.majuscules === true;
  const absents = consigne?.absents;
  const correspondances = consigne?.correspondances;
  const completerZeros = consigne?.completerZeros;
  const normaliser = consigne?.normaliser;
  // Chaîne déjà canonique, sans consigne : aucune transformation possible (voie rapide).
  const neutre = !sansEspaces && !majuscules && absents === undefined && correspondances === undefined && completerZeros === undefined && normaliser === undefined;
  return (valeur) => {
    let texte: string;
    if (typeof valeur === "string") texte = valeur.trim();
    else if ((typeof valeur === "number" && Number.isFinite(valeur)) || typeof valeur === "boolean") texte = String(valeur);
    else return valeur;
    if (texte === "") return undefined;
    if (neutre) return texte;
    if (sansEspaces) texte = texte.replace(/[\s\u00a0\u202f.-]/gu, "");
    if (majuscules) texte = texte.toUpperCase();
    if (absents?.includes(texte)) return undefined;
    const correspondance = correspondances !== undefined && Object.hasOwn(correspondances, texte) ? correspondances[texte] : undefined;
    if (correspondance !== undefined) texte = correspondance;
    if (completerZeros !== undefined && /^\d+$/u.test(texte)) texte = texte.padStart(completerZeros, "0");
    return normaliser ? (normaliser(texte) ?? texte) : texte;
  };
}

/** Normaliseur d'un sous-schéma, compilé au premier appel (schémas récursifs ou partagés). */
function differe(schema: z.ZodType): Normaliseur {
  let n: Normaliseur | undefined;
  return (valeur, chemin, inconnus) => {
    n ??= compilerNormalisation(schema);
    return n(valeur, chemin, inconnus);
  };
}

function compiler(schema: z.ZodType): Normaliseur {
  const def = schema._zod.def as unknown as DefinitionSchema;
  const consigne = registreNormalisation.get(schema);
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "readonly":
    case "pipe": {
      const interne = def.type === "pipe" ? def.in : def.innerType;
      if (interne === undefined) return (valeur) => (valeur === null ? undefined : valeur);
      const n = differe(interne);
      return (valeur, chemin, inconnus) => (valeur === null || valeur === undefined ? undefined : n(valeur, chemin, inconnus));
    }
    case "object": {
      const shape = def.shape;
      if (shape === undefined) return (valeur) => (valeur === null ? undefined : valeur);
      const alias = consigne?.alias;
      const enfants = new Map<string, Normaliseur>();
      for (const cle of Object.keys(shape)) {
        const sousSchema = shape[cle];
        if (sousSchema !== undefined) enfants.set(cle, differe(sousSchema));
      }
      return (valeur, chemin, inconnus) => {
        if (valeur === null || valeur === undefined) return undefined;
        if (!estObjetSimple(valeur)) return valeur;
        const sortie: Record<string, unknown> = {};
        let vide = true;
        for (const cleEntree of Object.keys(valeur)) {
          const sousValeur = valeur[cleEntree];
          const autre = alias !== undefined && Object.hasOwn(alias, cleEntree) ? alias[cleEntree] : undefined;
          const cle = autre !== undefined && !Object.hasOwn(valeur, autre) ? autre : cleEntree;
          const sousChemin = chemin === "" ? cle : `${chemin}.${cle}`;
          const enfant = Object.hasOwn(shape, cle) ? enfants.get(cle) : undefined;
          if (enfant === undefined) {
            if (sousValeur !== undefined && sousValeur !== null && sousValeur !== "") {
              // Une clé « __proto__ » reçue ne peut pas être une clé d'objet ordinaire : elle est
              // conservée sous le nom « [__proto__] ».
              const cheminSur = cle === "__proto__" ? `${chemin === "" ? "" : `${chemin}.`}[__proto__]` : sousChemin;
              Object.defineProperty(inconnus, cheminSur, { value: sousValeur, enumerable: true, writable: true, configurable: true });
            }
            continue;
          }
          const normalise = enfant(sousValeur, sousChemin, inconnus);
          if (normalise !== undefined) {
            sortie[cle] = normalise;
            vide = false;
          }
        }
        return vide ? undefined : sortie;
      };
    }
    case "array": {
      const element = def.element;
      if (element === undefined) return (valeur) => (valeur === null ? undefined : valeur);
      const n = differe(element);
      return (valeur, chemin, inconnus) => {
        if (valeur === null || valeur === undefined) return undefined;
        if (!Array.isArray(valeur)) return valeur;
        const sortie: unknown[] = [];
        for (let index = 0; index < valeur.length; index++) {
          const item: unknown = valeur[index];
          const normalise = n(item, `${chemin}.${index}`, inconnus);
          if (normalise !== undefined) sortie.push(normalise);
        }
        return sortie;
      };
    }
    case "boolean":
      return (valeur) => {
        if (valeur === null || valeur === undefined) return undefined;
        if (typeof valeur === "boolean") return valeur;
        if (typeof valeur === "string" && valeur.trim() === "") return undefined;
        return normaliserBooleen(valeur) ?? valeur;
      };
    case "number":
      return (valeur) => {
        if (valeur === null || valeur === undefined) return undefined;
        if (typeof valeur === "number") return valeur;
        if (typeof valeur === "string" && valeur.trim() === "") return undefined;
        return normaliserNombre(valeur) ?? valeur;
      };
    case "enum": {
      const texte = normaliseurTexte(consigne);
      return (valeur) => (valeur === null || valeur === undefined ? undefined : texte(valeur));
    }
    case "string": {
      const texteDe = normaliseurTexte(consigne);
      if (def.format === "date") {
        return (valeur) => {
          if (valeur === null || valeur === undefined) return undefined;
          const texte = texteDe(valeur);
          return typeof texte === "string" ? (normaliserDate(texte) ?? texte) : texte;
        };
      }
      if (def.format === "datetime") {
        return (valeur) => {
          if (valeur === null || valeur === undefined) return undefined;
          const texte = texteDe(valeur);
          return typeof texte === "string" ? (normaliserDateHeure(texte) ?? texte) : texte;
        };
      }
      return (valeur) => (valeur === null || valeur === undefined ? undefined : texteDe(valeur));
    }
    default:
      return (valeur) => (valeur === null ? undefined : valeur);
  }
}

/**
 * Compile, une fois par schéma strict, le normaliseur qu'applique {@link normaliserSelonSchema} :
 * la structure du schéma et les consignes du {@link registreNormalisation} sont lues à la
 * compilation (et non à chaque valeur), le parcours de la valeur est ensuite du code simple.
 * Les consignes d'un schéma doivent donc être enregistrées avant sa première normalisation
 * (c'est le cas de tous les champs du paquet, déclarés à leur création).
 *
 * @example
 * ```ts
 * import { z } from "zod";
 * const n = compilerNormalisation(z.strictObject({ ok: z.boolean().optional() }));
 * n({ ok: "oui" }, "", {}); // { ok: true }
 * ```
 */
export function compilerNormalisation(schema: z.ZodType): Normaliseur {
  let n = compiles.get(schema);
  if (n === undefined) {
    n = compiler(schema);
    compiles.set(schema, n);
  }
  return n;
}
