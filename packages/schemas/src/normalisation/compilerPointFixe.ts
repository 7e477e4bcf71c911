import type { z } from "zod";
import { normaliseurTexte } from "./compilerNormalisation.js";
import { registreNormalisation, type ConsigneNormalisation } from "./registreNormalisation.js";

/** Vérificateur : la valeur est-elle laissée telle quelle par les consignes de normalisation ? */
export type VerificateurPointFixe = (valeur: unknown) => boolean;

interface DefinitionSchema {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly shape?: Record<string, z.ZodType>;
  readonly in?: z.ZodType;
}

const compiles = new WeakMap<z.ZodType, VerificateurPointFixe | null>();

/**
 * Compile, pour un schéma zod, la vérification que les **consignes de normalisation** des champs
 * textes (majuscules, sans espaces, zéros à compléter, correspondances, absents, normaliseur) ne
 * changeraient pas la valeur : complément du validateur compilé au build, qui ne voit pas ces
 * consignes dans le JSON Schema. `null` quand aucun champ du schéma n'a de consigne.
 *
 * @example
 * ```ts
 * const pointFixe = compilerPointFixe(schemaContrat);
 * pointFixe === null || pointFixe(contrat); // true si la lecture tolérante le rendrait à l'identique
 * ```
 */
export function compilerPointFixe(schema: z.ZodType): VerificateurPointFixe | null {
  if (compiles.has(schema)) return compiles.get(schema) ?? null;
  compiles.set(schema, null); // schémas récursifs : pas de consigne supposée pendant la compilation
  const v = compiler(schema);
  compiles.set(schema, v);
  return v;
}

function compiler(schema: z.ZodType): VerificateurPointFixe | null {
  const def = schema._zod.def as unknown as DefinitionSchema;
  const consigne = registreNormalisation.get(schema);
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "readonly":
    case "pipe": {
      const interne = def.type === "pipe" ? def.in : def.innerType;
      return interne === undefined ? null : compilerPointFixe(interne);
    }
    case "object": {
      const enfants: [string, VerificateurPointFixe][] = [];
      for (const [cle, sousSchema] of Object.entries(def.shape ?? {})) {
        const v = compilerPointFixe(sousSchema);
        if (v !== null) enfants.push([cle, v]);
      }
      if (enfants.length === 0) return null;
      return (valeur) => {
        if (typeof valeur !== "object" || valeur === null) return true;
        for (const [cle, v] of enfants) {
          const sousValeur = (valeur as Record<string, unknown>)[cle];
          if (sousValeur !== undefined && !v(sousValeur)) return false;
        }
        return true;
      };
    }
    case "array": {
      const v = def.element === undefined ? null : compilerPointFixe(def.element);
      return v === null ? null : (valeur) => !Array.isArray(valeur) || valeur.every(v);
    }
    case "enum":
    case "string": {
      return consigne === undefined ? null : verifierTexte(consigne);
    }
    default:
      return null;
  }
}

/**
 * Vérificateur d'un champ texte à consigne : `normaliser(valeur) === valeur`, mais prouvé sans
 * allocation pour un texte ASCII imprimable sans espace que la consigne laisse visiblement tel quel
 * (pas de point ni de tiret à retirer, pas de minuscule à capitaliser, ni absent, ni correspondance,
 * ni zéros à compléter) ; dans tout autre cas, et pour une consigne à fonction `normaliser`, la
 * normalisation complète décide.
 */
function verifierTexte(consigne: ConsigneNormalisation): VerificateurPointFixe {
  const normaliser = normaliseurTexte(consigne);
  const sansEspaces = consigne.sansEspaces === true;
  const majuscules = consigne.majuscules === true;
  const { absents, correspondances, completerZeros } = consigne;
  const prouvable = consigne.normaliser === undefined;
  const inchange = (texte: string): boolean => {
    const n = texte.length;
    if (n === 0) return false;
    let chiffres = true;
    for (let i = 0; i < n; i++) {
      const c = texte.charCodeAt(i);
      if (c <= 32 || c >= 127) return false; // espace, contrôle ou non ASCII : la normalisation décide
      if (sansEspaces && (c === 46 || c === 45)) return false;
      if (majuscules && c >= 97 && c <= 122) return false;
      if (c < 48 || c > 57) chiffres = false;
    }
    if (absents?.includes(texte) === true) return false;
    if (correspondances !== undefined && Object.hasOwn(correspondances, texte)) return false;
    return !(completerZeros !== undefined && chiffres && n < completerZeros);
  };
  return (valeur) => typeof valeur !== "string" || (prouvable && inchange(valeur)) || normaliser(valeur) === valeur;
}
