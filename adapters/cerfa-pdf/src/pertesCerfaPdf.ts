import { cheminsNonTransportes, type TableCorrespondance } from "@communs-opco/adaptateur";
import type { Contrat } from "@communs-opco/schemas";
import type { ChampCerfa } from "./ChampCerfa.js";
import { champsParVersionCerfa } from "./champsCerfa.js";

function tableDe(champs: readonly ChampCerfa[]): TableCorrespondance {
  return {
    format: "cerfa-pdf",
    entrees: champs.flatMap((c) => {
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
}

const tables = { "11": tableDe(champsParVersionCerfa["11"]), "12": tableDe(champsParVersionCerfa["12"]) };
const ORDRES = ["1.1", "1.2", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2"];

/**
 * Liste les chemins renseignés d'un contrat que le formulaire CERFA de la version donnée
 * (*12 par défaut) ne peut pas porter (ils seraient perdus en écrivant puis relisant le
 * PDF) : par exemple le NIR du maître (*12), la date de rupture, le SMIC retenu, les taux
 * minimaux des lignes de rémunération, une ligne au-delà de 4.2, les extensions.
 *
 * @example
 * ```ts
 * pertesCerfaPdf({ maitre1: { nom: "DUPONT", nir: "178056912304519" } }); // ["maitre1.nir"]
 * pertesCerfaPdf({ maitre1: { nom: "DUPONT", nir: "178056912304519" } }, "11"); // []
 * ```
 */
export function pertesCerfaPdf(contrat: Contrat, version: "11" | "12" = "12"): string[] {
  const champs = champsParVersionCerfa[version];
  const lignes = contrat.contrat?.remunerationsAnnuelles ?? [];
  const vus = new Set<string>();
  const couverts = lignes.flatMap((ligne, i) => {
    const ordre = ligne.ordre ?? ORDRES[i];
    if (ordre === undefined || vus.has(ordre)) return [];
    vus.add(ordre);
    const proprietes = champs.flatMap((c) => (c.nature === "remuneration" && c.ordre === ordre && ligne[c.propriete] !== undefined ? [c.propriete] : []));
    // Sans aucune valeur portée, la ligne entière (son ordre compris) est perdue.
    return [...(proprietes.length > 0 ? ["ordre"] : []), ...proprietes].map((p) => `contrat.remunerationsAnnuelles.${i}.${p}`);
  });
  return cheminsNonTransportes(contrat, tables[version], couverts).filter((chemin) => chemin !== "versionCerfa" || contrat.versionCerfa !== version);
}
