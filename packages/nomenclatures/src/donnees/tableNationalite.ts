// Fichier généré par scripts/generer-donnees.mjs : ne pas modifier à la main.
import type { Table } from "../Table";
import type { EntreeCode } from "../EntreeCode";

/**
 * Nationalité de l'apprenti (apprenti.nationalite).
 *
 * Source : mission-apprentissage/contrat, shared/helpers/cerfa/schema/apprentiSchema.ts (commit 5c29c9b), converti dans shared/data/nomenclatures (2024-11-13). Licence : MIT (dépôt source, © 2023 Mission Apprentissage) ; les codes sont ceux, publics, du CERFA n° 10103 (Ministère du Travail).
 *
 * @example
 * ```ts
 * import { tableNationalite } from "@communs-opco/nomenclatures";
 * tableNationalite.entrees.length; // 3
 * ```
 */
export const tableNationalite: Table<EntreeCode> = {
  "id": "nationalite",
  "titre": "Nationalité de l'apprenti (apprenti.nationalite)",
  "source": {"nom":"mission-apprentissage/contrat, shared/helpers/cerfa/schema/apprentiSchema.ts (commit 5c29c9b), converti dans shared/data/nomenclatures","url":"https://github.com/mission-apprentissage/contrat/blob/5c29c9b/shared/helpers/cerfa/schema/apprentiSchema.ts","date":"2024-11-13"},
  "licence": "MIT (dépôt source, © 2023 Mission Apprentissage) ; les codes sont ceux, publics, du CERFA n° 10103 (Ministère du Travail)",
  "remarques": [],
  "entrees": [
    {"code":"1","libelle":"Française"},
    {"code":"2","libelle":"Union Européenne"},
    {"code":"3","libelle":"Etranger hors Union Européenne"},
  ],
};
