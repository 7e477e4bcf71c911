import { estObjet } from "./estObjet.js";
import type { TableCorrespondance } from "./TableCorrespondance.js";

const HORS_DONNEES = new Set(["extensions", "brut", "source"]);

/**
 * Liste les chemins (pointés, indices de tableau compris) des valeurs d'un enregistrement
 * standard qu'une table de correspondance ne sait pas écrire dans le format : ce que
 * l'écriture perdrait. `extensions`, `brut` et `source` ne sont pas des données métier
 * et ne sont pas listés. `chemins` permet d'ajouter les préfixes qu'un écrivain prend
 * en charge lui-même (ex. `contrat.contrat.remunerationsAnnuelles`).
 *
 * @example
 * ```ts
 * cheminsNonTransportes({ numeroDeca: "x", etat: "TRANSMIS" }, { format: "deca", entrees: [{ source: "/detailsContrat/noContrat", standard: "numeroDeca" }], ignores: [] });
 * // ["etat"]
 * ```
 */
export function cheminsNonTransportes(
  enregistrement: unknown,
  table: TableCorrespondance,
  chemins: readonly string[] = [],
): string[] {
  const couverts = new Set([...table.entrees.map((e) => e.standard), ...chemins]);
  const resultat: string[] = [];
  const parcourir = (valeur: unknown, chemin: string): void => {
    if (chemin !== "" && couverts.has(chemin)) return;
    if (estObjet(valeur)) {
      for (const [cle, enfant] of Object.entries(valeur)) {
        if (HORS_DONNEES.has(cle)) continue;
        parcourir(enfant, chemin === "" ? cle : `${chemin}.${cle}`);
      }
      return;
    }
    if (Array.isArray(valeur)) {
      valeur.forEach((enfant, i) => parcourir(enfant, `${chemin}.${i}`));
      return;
    }
    if (valeur !== undefined && chemin !== "") resultat.push(chemin);
  };
  parcourir(enregistrement, "");
  return resultat;
}
