import { cheminsNonTransportes, type TableCorrespondance } from "@communs-opco/adaptateur";
import type { Contrat } from "@communs-opco/schemas";
import { champsCerfa12 } from "./champsCerfa.js";

const REMUNERATION = ["ordre", "dateDebut", "dateFin", "taux", "typeSalaire"];

const table: TableCorrespondance = {
  format: "cerfa-pdf",
  entrees: champsCerfa12.flatMap((c) => {
    if (c.nature === "numeroVoie") {
      return [
        { source: c.champ, standard: `${c.chemin}.numero` },
        { source: c.champ, standard: `${c.chemin}.repetitionVoie` },
      ];
    }
    return c.nature === "remuneration" ? [] : [{ source: c.champ, standard: c.chemin }];
  }),
  ignores: [],
};

/**
 * Liste les chemins renseignés d'un contrat que le PDF CERFA *12 ne peut pas porter
 * (ils seraient perdus en écrivant puis relisant le formulaire) : par exemple le NIR du
 * maître, la date de rupture, le SMIC retenu, les taux minimaux des lignes de rémunération,
 * un ordre de ligne au-delà de 4.2, les extensions d'un autre format.
 *
 * @example
 * ```ts
 * pertesCerfaPdf({ maitre1: { nom: "DUPONT", nir: "178056912304519" } }); // ["maitre1.nir"]
 * ```
 */
export function pertesCerfaPdf(contrat: Contrat): string[] {
  const lignes = contrat.contrat?.remunerationsAnnuelles ?? [];
  const couverts = lignes.flatMap((_, i) => (i < 8 ? REMUNERATION.map((p) => `contrat.remunerationsAnnuelles.${i}.${p}`) : []));
  return cheminsNonTransportes(contrat, table, couverts).filter((chemin) => chemin !== "versionCerfa" || contrat.versionCerfa !== "12");
}
