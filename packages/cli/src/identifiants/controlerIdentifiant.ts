import { detecterTypeIdentifiant, masquerNir, verifierIdentifiant, type ErreurIdentifiant, type TypeIdentifiant } from "@communs-opco/identifiants";

/**
 * Résultat du contrôle d'une valeur, tel qu'il est affiché par `opco identifiant --json`.
 *
 * @example
 * ```ts
 * const l: LigneIdentifiant = { valeur: "0951099D", type: "uai", valide: true, normalise: "0951099D", erreurs: [] };
 * ```
 */
export interface LigneIdentifiant {
  valeur: string;
  type: TypeIdentifiant | null;
  valide: boolean;
  normalise: string | null;
  erreurs: ErreurIdentifiant[];
}

/**
 * Cœur de `opco identifiant` (et du service HTTP) : contrôle une valeur selon le type imposé ou,
 * à défaut, le premier type deviné d'après sa forme ; les NIR sont masqués sauf `enClair`.
 *
 * @example
 * ```ts
 * controlerIdentifiant("35600000009075", undefined, false).valide; // true
 * ```
 */
export function controlerIdentifiant(valeur: string, typeImpose: TypeIdentifiant | undefined, enClair: boolean): LigneIdentifiant {
  const type = typeImpose ?? detecterTypeIdentifiant(valeur)[0] ?? null;
  if (type === null) {
    return {
      valeur,
      type: null,
      valide: false,
      normalise: null,
      erreurs: [{ code: "type.inconnu", message: "type d'identifiant non reconnu (préciser --type)" }],
    };
  }
  const resultat = verifierIdentifiant(type, valeur);
  const masquer = type === "nir" && !enClair ? masquerNir : (v: string) => v;
  return resultat.valide
    ? { valeur: masquer(valeur), type, valide: true, normalise: masquer(resultat.normalise), erreurs: [] }
    : { valeur: masquer(valeur), type, valide: false, normalise: null, erreurs: [...resultat.erreurs] };
}

