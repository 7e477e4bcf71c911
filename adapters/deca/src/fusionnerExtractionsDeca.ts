import { estObjet } from "@communs-opco/adaptateur";
import type { Dossier } from "@communs-opco/schemas";

/**
 * Divergence trouvée en fusionnant deux extractions DECA : la clé du contrat, le chemin
 * standard et les deux valeurs (la première est conservée).
 *
 * @example
 * ```ts
 * const d: DivergenceFusion = { cle: "069202509000123|2007-03-14", chemin: "contrat.employeur.naf", valeurs: ["10.71C", "10.71D"] };
 * ```
 */
export interface DivergenceFusion {
  readonly cle: string;
  readonly chemin: string;
  readonly valeurs: readonly [unknown, unknown];
}

function fusionner(a: unknown, b: unknown, chemin: string, cle: string, divergences: DivergenceFusion[]): unknown {
  if (a === undefined) return b;
  if (b === undefined) return a;
  if (estObjet(a) && estObjet(b)) {
    const sortie: Record<string, unknown> = { ...a };
    for (const [k, v] of Object.entries(b)) sortie[k] = fusionner(a[k], v, chemin === "" ? k : `${chemin}.${k}`, cle, divergences);
    return sortie;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) divergences.push({ cle, chemin, valeurs: [a, b] });
  return a;
}

/**
 * Fusionne les dossiers lus de plusieurs extractions DECA (ex. `extractLBA` et
 * `extractTBA`, qui exposent des sous-ensembles différents des mêmes contrats) sur la clé
 * documentée `(noContrat, dateNaissance)` : champ par champ, la première valeur présente
 * l'emporte et les valeurs manquantes sont complétées ; chaque désaccord est listé dans
 * `divergences` (rien n'est écarté en silence). L'ordre de première apparition est
 * conservé.
 *
 * @example
 * ```ts
 * const { dossiers, divergences } = fusionnerExtractionsDeca([lba, tba]);
 * ```
 */
export function fusionnerExtractionsDeca(extractions: readonly (readonly Dossier[])[]): { dossiers: Dossier[]; divergences: DivergenceFusion[] } {
  const parCle = new Map<string, Dossier>();
  const divergences: DivergenceFusion[] = [];
  for (const extraction of extractions) {
    for (const dossier of extraction) {
      const cle = `${dossier.numeroDeca ?? dossier.contrat?.contrat?.noContrat ?? ""}|${dossier.contrat?.apprenti?.dateNaissance ?? ""}`;
      const existant = parCle.get(cle);
      parCle.set(cle, existant === undefined ? dossier : (fusionner(existant, dossier, "", cle, divergences) as Dossier));
    }
  }
  return { dossiers: [...parCle.values()], divergences };
}
