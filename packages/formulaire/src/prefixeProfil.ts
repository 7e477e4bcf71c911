import type { TypeProfil } from "./ProfilRecurrent";

/**
 * Préfixe des chemins du format standard pour un type de profil : `employeur`, `maitre1` ou
 * `maitre2`, `organismeFormation` (CFA responsable).
 *
 * @example
 * ```ts
 * prefixeProfil("maitre", 2); // "maitre2"
 * ```
 */
export function prefixeProfil(type: TypeProfil, rangMaitre: 1 | 2 = 1): string {
  switch (type) {
    case "employeur":
      return "employeur";
    case "maitre":
      return `maitre${String(rangMaitre)}`;
    case "cfa":
      return "organismeFormation";
  }
}
