import { codesPostaux } from "./codesPostaux";

/**
 * Départements et communes desservis par un code postal.
 *
 * @example
 * ```ts
 * const c: CommunesCodePostal = { codePostal: "97600", departements: ["976"], communes: ["Mamoudzou"] };
 * ```
 */
export interface CommunesCodePostal {
  codePostal: string;
  /** Codes départements (`75`, `2A`, `976`) ; plusieurs pour quelques codes postaux frontaliers. */
  departements: string[];
  /** Noms officiels des communes (actuelles, déléguées, associées) et arrondissements municipaux. */
  communes: string[];
}

let index: Map<string, CommunesCodePostal> | undefined;

/**
 * Communes et départements d'un code postal, d'après le Code officiel géographique et la base des
 * codes postaux embarqués (`@etalab/decoupage-administratif`), sans accès réseau. `undefined` pour
 * un code inconnu (codes CEDEX compris : ils ne figurent pas dans la base).
 *
 * @example
 * ```ts
 * communesDuCodePostal("97600")?.departements; // ["976"]
 * communesDuCodePostal("75011")?.communes; // ["Paris", "Paris 11e Arrondissement"]
 * ```
 */
export function communesDuCodePostal(codePostal: string): CommunesCodePostal | undefined {
  if (index === undefined) {
    index = new Map();
    for (const ligne of codesPostaux.split("\n")) {
      const [cp = "", departements = "", communes = ""] = ligne.split(";");
      index.set(cp, { codePostal: cp, departements: departements.split(","), communes: communes.split("|") });
    }
  }
  return index.get(codePostal.trim());
}
