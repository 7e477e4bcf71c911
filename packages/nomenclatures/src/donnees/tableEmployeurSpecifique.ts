// Fichier généré par scripts/generer-donnees.mjs : ne pas modifier à la main.
import type { Table } from "../Table";
import type { EntreeCode } from "../EntreeCode";

/**
 * Employeur spécifique (employeur.employeurSpecifique).
 *
 * Source : mission-apprentissage/contrat, shared/helpers/cerfa/schema/employeurSchema.ts (commit 5c29c9b), converti dans shared/data/nomenclatures (2024-11-13). Licence : MIT (dépôt source, © 2023 Mission Apprentissage) ; les codes sont ceux, publics, du CERFA n° 10103 (Ministère du Travail).
 *
 * @example
 * ```ts
 * import { tableEmployeurSpecifique } from "@communs-opco/nomenclatures";
 * tableEmployeurSpecifique.entrees.length; // 5
 * ```
 */
export const tableEmployeurSpecifique: Table<EntreeCode> = {
  "id": "employeurSpecifique",
  "titre": "Employeur spécifique (employeur.employeurSpecifique)",
  "source": {"nom":"mission-apprentissage/contrat, shared/helpers/cerfa/schema/employeurSchema.ts (commit 5c29c9b), converti dans shared/data/nomenclatures","url":"https://github.com/mission-apprentissage/contrat/blob/5c29c9b/shared/helpers/cerfa/schema/employeurSchema.ts","date":"2024-11-13"},
  "licence": "MIT (dépôt source, © 2023 Mission Apprentissage) ; les codes sont ceux, publics, du CERFA n° 10103 (Ministère du Travail)",
  "remarques": [],
  "entrees": [
    {"code":"0","libelle":"Aucun des cas ci-dessous"},
    {"code":"1","libelle":"Entreprise de travail temporaire"},
    {"code":"2","libelle":"Groupement d'employeurs"},
    {"code":"3","libelle":"Employeur saisonnier"},
    {"code":"4","libelle":"Apprentissage familial : l'employeur est un ascendant de l'apprenti"},
  ],
};
