// Fichier généré par scripts/generer-donnees.mjs : ne pas modifier à la main.
import type { Table } from "../Table";
import type { EntreeCode } from "../EntreeCode";

/**
 * Sexe de l'apprenti (apprenti.sexe).
 *
 * Source : mission-apprentissage/contrat, shared/helpers/cerfa/schema/apprentiSchema.ts (commit 5c29c9b), converti dans shared/data/nomenclatures (2024-11-13). Licence : MIT (dépôt source, © 2023 Mission Apprentissage) ; les codes sont ceux, publics, du CERFA n° 10103 (Ministère du Travail).
 *
 * @example
 * ```ts
 * import { tableSexe } from "@communs-opco/nomenclatures";
 * tableSexe.entrees.length; // 2
 * ```
 */
export const tableSexe: Table<EntreeCode> = {
  "id": "sexe",
  "titre": "Sexe de l'apprenti (apprenti.sexe)",
  "source": {"nom":"mission-apprentissage/contrat, shared/helpers/cerfa/schema/apprentiSchema.ts (commit 5c29c9b), converti dans shared/data/nomenclatures","url":"https://github.com/mission-apprentissage/contrat/blob/5c29c9b/shared/helpers/cerfa/schema/apprentiSchema.ts","date":"2024-11-13"},
  "licence": "MIT (dépôt source, © 2023 Mission Apprentissage) ; les codes sont ceux, publics, du CERFA n° 10103 (Ministère du Travail)",
  "remarques": ["AGECAP code M en 1 et F en 2."],
  "entrees": [
    {"code":"F","libelle":"Féminin"},
    {"code":"M","libelle":"Masculin"},
  ],
};
