// Fichier généré par scripts/generer-donnees.mjs : ne pas modifier à la main.
import type { Table } from "../Table";
import type { EntreeCode } from "../EntreeCode";

/**
 * Régions de la liste du CERFA (codes INSEE, plus 905 Saint-Pierre-et-Miquelon et 912 Nouvelle-Calédonie).
 *
 * Source : mission-apprentissage/cerfa, ui/modules/Dossier/cerfaForm/blocks/employer/employerSchema.js (commit 1441717f), converti dans shared/data/nomenclatures (2022-07-28). Licence : MIT (dépôt source, © 2023 Mission Apprentissage) ; les codes sont ceux, publics, du CERFA n° 10103 (Ministère du Travail).
 *
 * @example
 * ```ts
 * import { tableRegionCerfa } from "@communs-opco/nomenclatures";
 * tableRegionCerfa.entrees.length; // 20
 * ```
 */
export const tableRegionCerfa: Table<EntreeCode> = {
  "id": "regionCerfa",
  "titre": "Régions de la liste du CERFA (codes INSEE, plus 905 Saint-Pierre-et-Miquelon et 912 Nouvelle-Calédonie)",
  "source": {"nom":"mission-apprentissage/cerfa, ui/modules/Dossier/cerfaForm/blocks/employer/employerSchema.js (commit 1441717f), converti dans shared/data/nomenclatures","url":"https://github.com/mission-apprentissage/cerfa/blob/1441717f/ui/modules/Dossier/cerfaForm/blocks/employer/employerSchema.js","date":"2022-07-28"},
  "licence": "MIT (dépôt source, © 2023 Mission Apprentissage) ; les codes sont ceux, publics, du CERFA n° 10103 (Ministère du Travail)",
  "remarques": ["Libellés de la liste du CERFA, moins soignés que ceux de la table des régions (tableRegions) ; 905 et 912 ne sont pas des codes de région INSEE."],
  "entrees": [
    {"code":"01","libelle":"Guadeloupe"},
    {"code":"02","libelle":"Martinique"},
    {"code":"03","libelle":"Guyane"},
    {"code":"04","libelle":"La Réunion"},
    {"code":"06","libelle":"Mayotte"},
    {"code":"11","libelle":"Ile de France"},
    {"code":"24","libelle":"Centre- Val de Loire"},
    {"code":"27","libelle":"Bourgogne Franche Comté"},
    {"code":"28","libelle":"Normandie"},
    {"code":"32","libelle":"Hauts de France"},
    {"code":"44","libelle":"Grand Est"},
    {"code":"52","libelle":"Pays de la Loire"},
    {"code":"53","libelle":"Bretagne"},
    {"code":"75","libelle":"Nouvelle-Aquitaine"},
    {"code":"76","libelle":"Occitanie"},
    {"code":"84","libelle":"Auvergne-Rhône-Alpes"},
    {"code":"93","libelle":"Provence-Alpes-Côte d'Azur"},
    {"code":"94","libelle":"Corse"},
    {"code":"905","libelle":"St Pierre et Miquelon"},
    {"code":"912","libelle":"Nouvelle Calédonie"},
  ],
};
