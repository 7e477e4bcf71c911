// Fichier généré par scripts/generer-donnees.mjs : ne pas modifier à la main.
import type { Table } from "../Table";
import type { EntreeRegion } from "../EntreeRegion";

/**
 * Régions (codes INSEE, y compris les 5 régions d'outre-mer).
 *
 * Source : mission-apprentissage/contrat, shared/constants/departements.ts (commit 5c29c9b), converti dans shared/data/nomenclatures (2024-11-13). Licence : MIT (dépôt source, © 2023 Mission Apprentissage) ; Code officiel géographique INSEE sous Licence Ouverte / Etalab 2.0.
 *
 * @example
 * ```ts
 * import { tableRegions } from "@communs-opco/nomenclatures";
 * tableRegions.entrees.length; // 18
 * ```
 */
export const tableRegions: Table<EntreeRegion> = {
  "id": "regions",
  "titre": "Régions (codes INSEE, y compris les 5 régions d'outre-mer)",
  "source": {"nom":"mission-apprentissage/contrat, shared/constants/departements.ts (commit 5c29c9b), converti dans shared/data/nomenclatures","url":"https://github.com/mission-apprentissage/contrat/blob/5c29c9b/shared/constants/departements.ts","date":"2024-11-13"},
  "licence": "MIT (dépôt source, © 2023 Mission Apprentissage) ; Code officiel géographique INSEE sous Licence Ouverte / Etalab 2.0",
  "remarques": [],
  "entrees": [
    {"code":"01","nom":"Guadeloupe","statut":"verifie"},
    {"code":"02","nom":"Martinique","statut":"verifie"},
    {"code":"03","nom":"Guyane","statut":"verifie"},
    {"code":"04","nom":"La Réunion","statut":"verifie"},
    {"code":"06","nom":"Mayotte","statut":"verifie"},
    {"code":"11","nom":"Île-de-France","statut":"verifie"},
    {"code":"24","nom":"Centre-Val de Loire","statut":"verifie"},
    {"code":"27","nom":"Bourgogne-Franche-Comté","statut":"verifie"},
    {"code":"28","nom":"Normandie","statut":"verifie"},
    {"code":"32","nom":"Hauts-de-France","statut":"verifie"},
    {"code":"44","nom":"Grand Est","statut":"verifie"},
    {"code":"52","nom":"Pays de la Loire","statut":"verifie"},
    {"code":"53","nom":"Bretagne","statut":"verifie"},
    {"code":"75","nom":"Nouvelle-Aquitaine","statut":"verifie"},
    {"code":"76","nom":"Occitanie","statut":"verifie"},
    {"code":"84","nom":"Auvergne-Rhône-Alpes","statut":"verifie"},
    {"code":"93","nom":"Provence-Alpes-Côte d'Azur","statut":"verifie"},
    {"code":"94","nom":"Corse","statut":"verifie"},
  ],
};
