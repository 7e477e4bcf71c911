// Fichier généré par scripts/generer-donnees.mjs : ne pas modifier à la main.
import type { Table } from "../Table";
import type { EntreeCode } from "../EntreeCode";

/**
 * Codes IDCC spéciaux (employeur.codeIdcc_special) : 9999 sans convention, 9998 en cours de négociation.
 *
 * Source : mission-apprentissage/contrat, shared/helpers/cerfa/schema/employeurSchema.ts (commit 5c29c9b), converti dans shared/data/nomenclatures (2024-11-13). Licence : MIT (dépôt source, © 2023 Mission Apprentissage) ; les codes sont ceux, publics, du CERFA n° 10103 (Ministère du Travail).
 *
 * @example
 * ```ts
 * import { tableCodeIdccSpecial } from "@communs-opco/nomenclatures";
 * tableCodeIdccSpecial.entrees.length; // 2
 * ```
 */
export const tableCodeIdccSpecial: Table<EntreeCode> = {
  "id": "codeIdccSpecial",
  "titre": "Codes IDCC spéciaux (employeur.codeIdcc_special) : 9999 sans convention, 9998 en cours de négociation",
  "source": {"nom":"mission-apprentissage/contrat, shared/helpers/cerfa/schema/employeurSchema.ts (commit 5c29c9b), converti dans shared/data/nomenclatures","url":"https://github.com/mission-apprentissage/contrat/blob/5c29c9b/shared/helpers/cerfa/schema/employeurSchema.ts","date":"2024-11-13"},
  "licence": "MIT (dépôt source, © 2023 Mission Apprentissage) ; les codes sont ceux, publics, du CERFA n° 10103 (Ministère du Travail)",
  "remarques": [],
  "entrees": [
    {"code":"9999","libelle":"Aucune convention collective"},
    {"code":"9998","libelle":"Convention collective en cours de négociation"},
  ],
};
