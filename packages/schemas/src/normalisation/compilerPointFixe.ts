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

/**
 * Arbre des champs textes à consigne d'un schéma (`arbrePointFixe`) : objets (enfants dans l'ordre
 * du schéma), tableaux (élément) et textes (vérificateur de leur consigne). Seules les branches qui
 * mènent à un texte à consigne y figurent.
 */
export type NoeudPointFixe =
  | { readonly type: "objet"; readonly enfants: readonly (readonly [string, NoeudPointFixe])[] }
  | { readonly type: "tableau"; readonly element: NoeudPointFixe }
  | { readonly type: "texte"; readonly verifier: VerificateurPointFixe };

const arbres = new WeakMap<z.ZodType, NoeudPointFixe | null>();

/**
 * Arbre des champs textes à consigne de normalisation d'un schéma zod, d'où dérivent le
 * vérificateur compilé (`compilerPointFixe`) et celui généré au build pour le contrat
 * (`pointFixeContrat`, lectures de propriétés fixes) ; `null` quand aucun champ n'a de consigne.
 *
 * @example
 * ```ts
 * const arbre = arbrePointFixe(schemaContrat);
 * arbre?.type; // "objet"
 * ```
 */
export function arbrePointFixe(schema: z.ZodType): NoeudPointFixe | null {
  if (arbres.has(schema)) return arbres.get(schema) ?? null;
  arbres.set(schema, null); // schémas récursifs : pas de consigne supposée pendant le parcours
  const noeud = construire(schema);
  arbres.set(schema, noeud);
  return noeud;
}

function construire(schema: z.ZodType): NoeudPointFixe | null {
  const def = schema._zod.def as unknown as DefinitionSchema;
  const consigne = registreNormalisation.get(schema);
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "readonly":
    case "pipe": {
      const interne = def.type === "pipe" ? def.in : def.innerType;
      return interne === undefined ? null : arbrePointFixe(interne);
    }
    case "object": {
      const enfants: (readonly [string, NoeudPointFixe])[] = [];
      for (const [cle, sousSchema] of Object.entries(def.shape ?? {})) {
        const n = arbrePointFixe(sousSchema);
        if (n !== null) enfants.push([cle, n]);
      }
      return enfants.length === 0 ? null : { type: "objet", enfants };
    }
    case "array": {
      const element = def.element === undefined ? null : arbrePointFixe(def.element);
      return element === null ? null : { type: "tableau", element };
    }
    case "enum":
    case "string": {
      return consigne === undefined ? null : { type: "texte", verifier: verifierTexte(consigne) };
    }
    default:
      return null;
  }
}

/**
 * Vérificateurs des textes de l'arbre, dans l'ordre où `pointFixeContrat` (généré) les indexe :
 * parcours en profondeur, enfants dans l'ordre du schéma.
 *
 * @example
 * ```ts
 * const verificateurs = verificateursPointFixe(arbrePointFixe(schemaContrat));
 * ```
 */
export function verificateursPointFixe(arbre: NoeudPointFixe | null): VerificateurPointFixe[] {
  const liste: VerificateurPointFixe[] = [];
  const parcourir = (n: NoeudPointFixe): void => {
    if (n.type === "texte") liste.push(n.verifier);
    else if (n.type === "tableau") parcourir(n.element);
    else for (const [, enfant] of n.enfants) parcourir(enfant);
  };
  if (arbre !== null) parcourir(arbre);
  return liste;
}

const compiles = new WeakMap<NoeudPointFixe, VerificateurPointFixe>();

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
  const arbre = arbrePointFixe(schema);
  return arbre === null ? null : compiler(arbre);
}

function compiler(noeud: NoeudPointFixe): VerificateurPointFixe {
  const deja = compiles.get(noeud);
  if (deja !== undefined) return deja;
  let v: VerificateurPointFixe;
  if (noeud.type === "texte") v = noeud.verifier;
  else if (noeud.type === "tableau") {
    const element = compiler(noeud.element);
    v = (valeur) => !Array.isArray(valeur) || valeur.every(element);
  } else {
    const enfants = noeud.enfants.map(([cle, enfant]) => [cle, compiler(enfant)] as const);
    v = (valeur) => {
      if (typeof valeur !== "object" || valeur === null) return true;
      for (const [cle, verifier] of enfants) {
        const sousValeur = (valeur as Record<string, unknown>)[cle];
        if (sousValeur !== undefined && !verifier(sousValeur)) return false;
      }
      return true;
    };
  }
  compiles.set(noeud, v);
  return v;
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
