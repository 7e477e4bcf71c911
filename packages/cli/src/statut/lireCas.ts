import { calculerParcours, jourDepuisDate, statutEnCours, type EntreeStatut, type EtapeParcours, type Statut } from "@communs-opco/indicateurs";
import { ErreurUsage } from "../ErreurUsage";

/**
 * Un cas d'apprenant lu et vérifié : l'entrée de l'algorithme et la date du statut.
 *
 * @example
 * ```ts
 * const c: CasStatut = { entree: { formation: { debut: "2024-09-01", fin: "2025-08-31" }, contrats: [], exclusion: undefined }, date: "2025-03-06" };
 * ```
 */
export interface CasStatut {
  entree: EntreeStatut;
  date: string;
}

/**
 * Résultat d'un cas (sortie `--json` de `opco statut`) : statut à la date et parcours.
 *
 * @example
 * ```ts
 * const r: ResultatCas = { statut: "APPRENTI", parcours: [] };
 * ```
 */
export interface ResultatCas {
  statut: Statut;
  parcours: EtapeParcours[];
}

function verifierDate(valeur: unknown, chemin: string, obligatoire: boolean): string | undefined {
  if (valeur === undefined && !obligatoire) return undefined;
  if (typeof valeur !== "string" || Number.isNaN(jourDepuisDate(valeur))) {
    throw new ErreurUsage(
      valeur === undefined ? `${chemin} : date obligatoire absente` : `${chemin} : date invalide (AAAA-MM-JJ attendu) : ${JSON.stringify(valeur)}`,
    );
  }
  return valeur;
}

function estObjet(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Lit et vérifie un cas d'apprenant (JSON déjà analysé) ; lève {@link ErreurUsage} avec le chemin
 * du champ fautif (`[2].contrats[0].debut : date invalide…`).
 *
 * @example
 * ```ts
 * const cas = lireCas({ formation: { debut: "2024-09-01", fin: "2025-08-31" }, date: "2025-03-06" }, "");
 * ```
 */
export function lireCas(valeur: unknown, prefixe: string): CasStatut {
  if (!estObjet(valeur)) throw new ErreurUsage(`${prefixe || "le cas"} : un objet JSON est attendu`);
  const p = prefixe ? `${prefixe}.` : "";
  const formation = valeur["formation"];
  if (!estObjet(formation)) throw new ErreurUsage(`${p}formation : objet { "debut", "fin" } attendu`);
  const debut = verifierDate(formation["debut"], `${p}formation.debut`, true)!;
  const fin = verifierDate(formation["fin"], `${p}formation.fin`, true)!;
  const brutsContrats = valeur["contrats"] ?? [];
  if (!Array.isArray(brutsContrats)) throw new ErreurUsage(`${p}contrats : tableau attendu`);
  const contrats = brutsContrats.map((c: unknown, i) => {
    const chemin = `${p}contrats[${i}]`;
    if (!estObjet(c)) throw new ErreurUsage(`${chemin} : objet { "debut", "fin"?, "rupture"? } attendu`);
    return {
      debut: verifierDate(c["debut"], `${chemin}.debut`, true)!,
      fin: verifierDate(c["fin"], `${chemin}.fin`, false),
      rupture: verifierDate(c["rupture"], `${chemin}.rupture`, false),
    };
  });
  const exclusion = verifierDate(valeur["exclusion"], `${p}exclusion`, false);
  const date = verifierDate(valeur["date"], `${p}date`, true)!;
  return { entree: { formation: { debut, fin }, contrats, exclusion }, date };
}

/**
 * Cœur de `opco statut` (et de `POST /v1/statut`) : statut à la date et parcours d'un cas.
 *
 * @example
 * ```ts
 * calculerCas(lireCas(donnees, "")).statut;
 * ```
 */
export function calculerCas(cas: CasStatut): ResultatCas {
  const { parcours } = calculerParcours(cas.entree);
  return { statut: statutEnCours(parcours, cas.date), parcours };
}

