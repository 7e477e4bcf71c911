import type { z } from "zod";
import { normaliseurTexte } from "./compilerNormalisation.js";
import { registreNormalisation } from "./registreNormalisation.js";

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
      if (consigne === undefined) return null;
      const normaliser = normaliseurTexte(consigne);
      return (valeur) => typeof valeur !== "string" || normaliser(valeur) === valeur;
    }
    default:
      return null;
  }
}
