// Fichier généré par scripts/generer-donnees.mjs : ne pas modifier à la main.
import type { Table } from "../Table";
import type { EntreeCode } from "../EntreeCode";

/**
 * Mode contractuel de l'apprentissage (contrat.modeContractuel).
 *
 * Source : mission-apprentissage/contrat, shared/helpers/cerfa/schema/contratSchema.ts (commit 5c29c9b), converti dans shared/data/nomenclatures (2024-11-13). Licence : MIT (dépôt source, © 2023 Mission Apprentissage) ; les codes sont ceux, publics, du CERFA n° 10103 (Ministère du Travail).
 *
 * @example
 * ```ts
 * import { tableModeContractuel } from "@communs-opco/nomenclatures";
 * tableModeContractuel.entrees.length; // 4
 * ```
 */
export const tableModeContractuel: Table<EntreeCode> = {
  "id": "modeContractuel",
  "titre": "Mode contractuel de l'apprentissage (contrat.modeContractuel)",
  "source": {"nom":"mission-apprentissage/contrat, shared/helpers/cerfa/schema/contratSchema.ts (commit 5c29c9b), converti dans shared/data/nomenclatures","url":"https://github.com/mission-apprentissage/contrat/blob/5c29c9b/shared/helpers/cerfa/schema/contratSchema.ts","date":"2024-11-13"},
  "licence": "MIT (dépôt source, © 2023 Mission Apprentissage) ; les codes sont ceux, publics, du CERFA n° 10103 (Ministère du Travail)",
  "remarques": ["Le canal AGECAP (employeurs publics) envoie toujours 1."],
  "entrees": [
    {"code":"1","libelle":"durée limitée"},
    {"code":"2","libelle":"dans le cadre d'un CDI"},
    {"code":"3","libelle":"entreprise de travail temporaire"},
    {"code":"4","libelle":"activités saisonnières à deux employeurs"},
  ],
};
