// Fichier généré par scripts/generer-donnees.mjs : ne pas modifier à la main.
import type { Table } from "../Table";
import type { EntreeCode } from "../EntreeCode";

/**
 * Salaire de référence d'une ligne de rémunération (remunerationsAnnuelles[].typeSalaire).
 *
 * Source : mission-apprentissage/contrat, shared/helpers/cerfa/schema/contratSchema.ts (commit 5c29c9b), converti dans shared/data/nomenclatures (2024-11-13). Licence : MIT (dépôt source, © 2023 Mission Apprentissage) ; les codes sont ceux, publics, du CERFA n° 10103 (Ministère du Travail).
 *
 * @example
 * ```ts
 * import { tableTypeSalaire } from "@communs-opco/nomenclatures";
 * tableTypeSalaire.entrees.length; // 2
 * ```
 */
export const tableTypeSalaire: Table<EntreeCode> = {
  "id": "typeSalaire",
  "titre": "Salaire de référence d'une ligne de rémunération (remunerationsAnnuelles[].typeSalaire)",
  "source": {"nom":"mission-apprentissage/contrat, shared/helpers/cerfa/schema/contratSchema.ts (commit 5c29c9b), converti dans shared/data/nomenclatures","url":"https://github.com/mission-apprentissage/contrat/blob/5c29c9b/shared/helpers/cerfa/schema/contratSchema.ts","date":"2024-11-13"},
  "licence": "MIT (dépôt source, © 2023 Mission Apprentissage) ; les codes sont ceux, publics, du CERFA n° 10103 (Ministère du Travail)",
  "remarques": [],
  "entrees": [
    {"code":"SMIC","libelle":"SMIC"},
    {"code":"SMC","libelle":"SMC"},
  ],
};
