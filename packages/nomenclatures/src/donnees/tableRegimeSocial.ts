// Fichier généré par scripts/generer-donnees.mjs : ne pas modifier à la main.
import type { Table } from "../Table";
import type { EntreeCode } from "../EntreeCode";

/**
 * Régime social de l'apprenti (apprenti.regimeSocial).
 *
 * Source : mission-apprentissage/contrat, shared/helpers/cerfa/schema/apprentiSchema.ts (commit 5c29c9b), converti dans shared/data/nomenclatures (2024-11-13). Licence : MIT (dépôt source, © 2023 Mission Apprentissage) ; les codes sont ceux, publics, du CERFA n° 10103 (Ministère du Travail).
 *
 * @example
 * ```ts
 * import { tableRegimeSocial } from "@communs-opco/nomenclatures";
 * tableRegimeSocial.entrees.length; // 2
 * ```
 */
export const tableRegimeSocial: Table<EntreeCode> = {
  "id": "regimeSocial",
  "titre": "Régime social de l'apprenti (apprenti.regimeSocial)",
  "source": {"nom":"mission-apprentissage/contrat, shared/helpers/cerfa/schema/apprentiSchema.ts (commit 5c29c9b), converti dans shared/data/nomenclatures","url":"https://github.com/mission-apprentissage/contrat/blob/5c29c9b/shared/helpers/cerfa/schema/apprentiSchema.ts","date":"2024-11-13"},
  "licence": "MIT (dépôt source, © 2023 Mission Apprentissage) ; les codes sont ceux, publics, du CERFA n° 10103 (Ministère du Travail)",
  "remarques": ["Le modèle AGECAP (employeurs publics) accepte aussi 0."],
  "entrees": [
    {"code":"1","libelle":"MSA"},
    {"code":"2","libelle":"URSSAF"},
  ],
};
