// Fichier généré par scripts/generer-donnees.mjs : ne pas modifier à la main.
import type { Table } from "../Table";
import type { EntreeCode } from "../EntreeCode";

/**
 * Indice de répétition de la voie d'une adresse (adresse.repetitionVoie).
 *
 * Source : mission-apprentissage/cerfa, ui/modules/Dossier/cerfaForm/domain/indiceDeRepetionOptions.js (commit 1441717f), converti dans shared/data/nomenclatures (2022-07-28). Licence : MIT (dépôt source, © 2023 Mission Apprentissage) ; les codes sont ceux, publics, du CERFA n° 10103 (Ministère du Travail).
 *
 * @example
 * ```ts
 * import { tableIndiceRepetitionVoie } from "@communs-opco/nomenclatures";
 * tableIndiceRepetitionVoie.entrees.length; // 4
 * ```
 */
export const tableIndiceRepetitionVoie: Table<EntreeCode> = {
  "id": "indiceRepetitionVoie",
  "titre": "Indice de répétition de la voie d'une adresse (adresse.repetitionVoie)",
  "source": {"nom":"mission-apprentissage/cerfa, ui/modules/Dossier/cerfaForm/domain/indiceDeRepetionOptions.js (commit 1441717f), converti dans shared/data/nomenclatures","url":"https://github.com/mission-apprentissage/cerfa/blob/1441717f/ui/modules/Dossier/cerfaForm/domain/indiceDeRepetionOptions.js","date":"2022-07-28"},
  "licence": "MIT (dépôt source, © 2023 Mission Apprentissage) ; les codes sont ceux, publics, du CERFA n° 10103 (Ministère du Travail)",
  "remarques": [],
  "entrees": [
    {"code":"B","libelle":"Bis"},
    {"code":"T","libelle":"Ter"},
    {"code":"Q","libelle":"Quater"},
    {"code":"C","libelle":"Quinquiès"},
  ],
};
