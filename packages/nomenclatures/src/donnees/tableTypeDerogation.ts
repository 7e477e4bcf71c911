// Fichier généré par scripts/generer-donnees.mjs : ne pas modifier à la main.
import type { Table } from "../Table";
import type { EntreeCode } from "../EntreeCode";

/**
 * Type de dérogation (contrat.typeDerogation).
 *
 * Source : mission-apprentissage/contrat, shared/helpers/cerfa/domains/contrat/getTypeDerogationOptions.ts (commit 5c29c9b), converti dans shared/data/nomenclatures (2024-11-13). Licence : MIT (dépôt source, © 2023 Mission Apprentissage) ; les codes sont ceux, publics, du CERFA n° 10103 (Ministère du Travail).
 *
 * @example
 * ```ts
 * import { tableTypeDerogation } from "@communs-opco/nomenclatures";
 * tableTypeDerogation.entrees.length; // 6
 * ```
 */
export const tableTypeDerogation: Table<EntreeCode> = {
  "id": "typeDerogation",
  "titre": "Type de dérogation (contrat.typeDerogation)",
  "source": {"nom":"mission-apprentissage/contrat, shared/helpers/cerfa/domains/contrat/getTypeDerogationOptions.ts (commit 5c29c9b), converti dans shared/data/nomenclatures","url":"https://github.com/mission-apprentissage/contrat/blob/5c29c9b/shared/helpers/cerfa/domains/contrat/getTypeDerogationOptions.ts","date":"2024-11-13"},
  "licence": "MIT (dépôt source, © 2023 Mission Apprentissage) ; les codes sont ceux, publics, du CERFA n° 10103 (Ministère du Travail)",
  "remarques": ["AGECAP envoie 99 quand il n'y a pas de dérogation ; 99 n'est pas un code du CERFA."],
  "entrees": [
    {"code":"11","libelle":"Age de l'apprenti inférieur à 16 ans"},
    {"code":"12","libelle":"Age supérieur à 29 ans : cas spécifiques prévus dans le code du travail"},
    {"code":"21","libelle":"Réduction de la durée du contrat ou de la période d'apprentissage"},
    {"code":"22","libelle":"Allongement de la durée du contrat ou de la période d'apprentissage"},
    {"code":"50","libelle":"Cumul de dérogations"},
    {"code":"60","libelle":"Autre dérogation"},
  ],
};
