import type { MatriceOpco } from "./CapaciteOpco";
import type { ClassementMaturite, CritereMaturite } from "./ClassementMaturite";
import { evaluerCritere } from "./evaluerCritere";
import { niveauxMaturite, type NiveauMaturite } from "./niveauxMaturite";

const RANG_CONFIANCE = { F: 3, S: 2, I: 1 } as const;
type Niveau = ClassementMaturite["niveau"];

/**
 * Classe un OPCO d'après sa matrice de capacités datée, à une date donnée : le niveau est le plus
 * haut niveau dont tous les critères, et ceux des niveaux inférieurs, sont remplis. Un critère
 * indéterminé bloque le niveau mais pas le `niveauMaximal`. Les critères, leurs faits (date du
 * constat, source, confiance) et les capacités en production au-delà du niveau sont rendus.
 *
 * @example
 * ```ts
 * classerMaturiteOpco({ opco: "atlas", nom: "ATLAS", capacites: atlas.capacites }, "2026-11-26").niveau; // 3
 * ```
 */
export function classerMaturiteOpco(matrice: MatriceOpco, date: string, niveaux: readonly NiveauMaturite[] = niveauxMaturite): ClassementMaturite {
  const tries = [...niveaux].sort((a, b) => a.niveau - b.niveau);
  const criteres: CritereMaturite[] = tries.flatMap((n) => n.capacites.map((c) => evaluerCritere(matrice.capacites, c, n.niveau, date)));
  let niveau: Niveau = 0;
  let niveauMaximal: Niveau = 0;
  let certain = true;
  for (const n of tries) {
    const siens = criteres.filter((c) => c.niveau === n.niveau);
    if (siens.some((c) => c.statut === "non_rempli")) break;
    const tousRemplis = siens.every((c) => c.statut === "rempli");
    if (certain && tousRemplis) niveau = n.niveau;
    else certain = false;
    niveauMaximal = n.niveau;
  }
  const utiles = criteres.filter((c) => c.niveau <= niveau + 1 && c.fait !== null);
  const confiance = utiles.reduce<"F" | "S" | "I" | null>((min, c) => {
    const f = c.fait?.confiance ?? null;
    if (f === null) return min;
    return min === null || RANG_CONFIANCE[f] < RANG_CONFIANCE[min] ? f : min;
  }, null);
  const libelle = niveau === 0 ? "Aucun dépôt de contrats par l'API" : (tries.find((n) => n.niveau === niveau)?.libelle ?? "");
  return {
    opco: matrice.opco,
    nom: matrice.nom,
    date,
    niveau,
    libelle,
    niveauMaximal,
    criteres,
    auDela: criteres.filter((c) => c.niveau > niveau && c.statut === "rempli").map((c) => c.capacite),
    confiance,
    constateLe: [...new Set(utiles.map((c) => c.fait?.constateLe ?? ""))].filter((d) => d !== "").sort(),
  };
}

/**
 * Classe plusieurs OPCO à la même date (voir {@link classerMaturiteOpco}), dans l'ordre reçu.
 *
 * @example
 * ```ts
 * classerMaturite([{ opco: "afdas", nom: "AFDAS", capacites: afdas.capacites }], "2026-11-26").map((c) => `${c.nom} ${c.niveau}`);
 * ```
 */
export function classerMaturite(matrices: readonly MatriceOpco[], date: string, niveaux: readonly NiveauMaturite[] = niveauxMaturite): ClassementMaturite[] {
  return matrices.map((m) => classerMaturiteOpco(m, date, niveaux));
}
