import { ajouterMois } from "../temps/ajouterMois";
import type { EtablissementHistorique } from "./EtablissementHistorique";
import { typesContratSerie, type SerieEmbauches } from "./SerieEmbauches";

/**
 * Nombre d'embauches d'une série par semestre **passé**, du plus récent au plus ancien :
 * l'élément `j` compte les embauches datées de [référence − 6·(j+1) mois, référence − 6·j mois).
 * Les embauches à partir de la date de référence (le semestre à prédire) ne sont pas comptées.
 *
 * @param dateReference - date `AAAA-MM-JJ` de calcul (début du semestre à prédire).
 * @param semestres - nombre de semestres passés.
 * @returns les comptes, ou `undefined` si la date de référence est invalide.
 * @example
 * ```ts
 * compterEmbauchesParSemestre(etablissement, "alternance", "2026-07-01", 2);
 * // [embauches de 2026-01-01 à 2026-06-30, embauches de 2025-07-01 à 2025-12-31]
 * ```
 */
export function compterEmbauchesParSemestre(
  etablissement: EtablissementHistorique,
  serie: SerieEmbauches,
  dateReference: string,
  semestres: number,
): number[] | undefined {
  const bornes: string[] = [];
  for (let j = 0; j <= semestres; j++) {
    const borne = ajouterMois(dateReference, -6 * j);
    if (borne === undefined) return undefined;
    bornes.push(borne);
  }
  const types = typesContratSerie[serie];
  const comptes = new Array<number>(semestres).fill(0);
  for (const embauche of etablissement.embauches) {
    if (!types.includes(embauche.typeContrat)) continue;
    for (let j = 0; j < semestres; j++) {
      const fin = bornes[j] ?? "";
      const debut = bornes[j + 1] ?? "";
      if (embauche.date >= debut && embauche.date < fin) {
        comptes[j] = (comptes[j] ?? 0) + 1;
        break;
      }
    }
  }
  return comptes;
}
