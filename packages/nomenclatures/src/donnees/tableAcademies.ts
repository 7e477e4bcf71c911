// Fichier généré par scripts/generer-donnees.mjs : ne pas modifier à la main.
import type { Table } from "../Table";
import type { EntreeAcademie } from "../EntreeAcademie";

/**
 * Académies et vice-rectorats (codes à 2 chiffres).
 *
 * Source : mission-apprentissage/contrat, shared/constants/departements.ts (commit 5c29c9b), converti dans shared/data/nomenclatures ; codes 00, 40, 41, 42 et 44 d'après la BCN (table N_ACADEMIE) et referentiels.md §3 (2024-11-13). Licence : MIT (dépôt source, © 2023 Mission Apprentissage) ; nomenclature BCN (Éducation nationale) sous Licence Ouverte / Etalab 2.0.
 *
 * @example
 * ```ts
 * import { tableAcademies } from "@communs-opco/nomenclatures";
 * tableAcademies.entrees.length; // 35
 * ```
 */
export const tableAcademies: Table<EntreeAcademie> = {
  "id": "academies",
  "titre": "Académies et vice-rectorats (codes à 2 chiffres)",
  "source": {"nom":"mission-apprentissage/contrat, shared/constants/departements.ts (commit 5c29c9b), converti dans shared/data/nomenclatures ; codes 00, 40, 41, 42 et 44 d'après la BCN (table N_ACADEMIE) et referentiels.md §3","url":"https://github.com/mission-apprentissage/contrat/blob/5c29c9b/shared/constants/departements.ts","date":"2024-11-13"},
  "licence": "MIT (dépôt source, © 2023 Mission Apprentissage) ; nomenclature BCN (Éducation nationale) sous Licence Ouverte / Etalab 2.0",
  "remarques": ["Les 30 académies de la source ont le statut « verifie » ; 00 Étranger et les vice-rectorats 40, 41, 42, 44 sont ajoutés d'après la BCN et sont à vérifier."],
  "entrees": [
    {"code":"00","nom":"Étranger","statut":"a_verifier"},
    {"code":"01","nom":"Paris","statut":"verifie"},
    {"code":"02","nom":"Aix-Marseille","statut":"verifie"},
    {"code":"03","nom":"Besançon","statut":"verifie"},
    {"code":"04","nom":"Bordeaux","statut":"verifie"},
    {"code":"06","nom":"Clermont-Ferrand","statut":"verifie"},
    {"code":"07","nom":"Dijon","statut":"verifie"},
    {"code":"08","nom":"Grenoble","statut":"verifie"},
    {"code":"09","nom":"Lille","statut":"verifie"},
    {"code":"10","nom":"Lyon","statut":"verifie"},
    {"code":"11","nom":"Montpellier","statut":"verifie"},
    {"code":"12","nom":"Nancy-Metz","statut":"verifie"},
    {"code":"13","nom":"Poitiers","statut":"verifie"},
    {"code":"14","nom":"Rennes","statut":"verifie"},
    {"code":"15","nom":"Strasbourg","statut":"verifie"},
    {"code":"16","nom":"Toulouse","statut":"verifie"},
    {"code":"17","nom":"Nantes","statut":"verifie"},
    {"code":"18","nom":"Orléans-Tours","statut":"verifie"},
    {"code":"19","nom":"Reims","statut":"verifie"},
    {"code":"20","nom":"Amiens","statut":"verifie"},
    {"code":"22","nom":"Limoges","statut":"verifie"},
    {"code":"23","nom":"Nice","statut":"verifie"},
    {"code":"24","nom":"Créteil","statut":"verifie"},
    {"code":"25","nom":"Versailles","statut":"verifie"},
    {"code":"27","nom":"Corse","statut":"verifie"},
    {"code":"28","nom":"La Réunion","statut":"verifie"},
    {"code":"31","nom":"Martinique","statut":"verifie"},
    {"code":"32","nom":"Guadeloupe","statut":"verifie"},
    {"code":"33","nom":"Guyane","statut":"verifie"},
    {"code":"40","nom":"Nouvelle-Calédonie","statut":"a_verifier"},
    {"code":"41","nom":"Polynésie française","statut":"a_verifier"},
    {"code":"42","nom":"Wallis-et-Futuna","statut":"a_verifier"},
    {"code":"43","nom":"Mayotte","statut":"verifie"},
    {"code":"44","nom":"Saint-Pierre-et-Miquelon","statut":"a_verifier"},
    {"code":"70","nom":"Normandie","statut":"verifie"},
  ],
};
