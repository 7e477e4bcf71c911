// Fichier généré par scripts/generer-donnees.mjs : ne pas modifier à la main.
import type { Table } from "../Table";
import type { EntreeCode } from "../EntreeCode";

/**
 * Type d'employeur (employeur.typeEmployeur) : privé 11 à 16, public 21 à 29.
 *
 * Source : mission-apprentissage/contrat, shared/helpers/cerfa/schema/employeurSchema.ts (11–16, commit 5c29c9b) et mission-apprentissage/cerfa, ui/modules/Dossier/cerfaForm/blocks/employer/employerSchema.js (21–29, commit 1441717f), convertis dans shared/data/nomenclatures (2024-11-13). Licence : MIT (dépôt source, © 2023 Mission Apprentissage) ; les codes sont ceux, publics, du CERFA n° 10103 (Ministère du Travail).
 *
 * @example
 * ```ts
 * import { tableTypeEmployeur } from "@communs-opco/nomenclatures";
 * tableTypeEmployeur.entrees.length; // 15
 * ```
 */
export const tableTypeEmployeur: Table<EntreeCode> = {
  "id": "typeEmployeur",
  "titre": "Type d'employeur (employeur.typeEmployeur) : privé 11 à 16, public 21 à 29",
  "source": {"nom":"mission-apprentissage/contrat, shared/helpers/cerfa/schema/employeurSchema.ts (11–16, commit 5c29c9b) et mission-apprentissage/cerfa, ui/modules/Dossier/cerfaForm/blocks/employer/employerSchema.js (21–29, commit 1441717f), convertis dans shared/data/nomenclatures","url":"https://github.com/mission-apprentissage/contrat","date":"2024-11-13"},
  "licence": "MIT (dépôt source, © 2023 Mission Apprentissage) ; les codes sont ceux, publics, du CERFA n° 10103 (Ministère du Travail)",
  "remarques": ["Les types publics 21 à 29 viennent du dépôt « cerfa » (2022-07-28), les types privés du dépôt « contrat »."],
  "entrees": [
    {"code":"11","libelle":"Entreprise inscrite au répertoire des métiers ou au registre des entreprises pour l’Alsace-Moselle","groupe":"Privé"},
    {"code":"12","libelle":"Entreprise inscrite uniquement au registre du commerce et des sociétés","groupe":"Privé"},
    {"code":"13","libelle":"Entreprises dont les salariés relèvent de la mutualité sociale agricole","groupe":"Privé"},
    {"code":"14","libelle":"Profession libérale","groupe":"Privé"},
    {"code":"15","libelle":"Association","groupe":"Privé"},
    {"code":"16","libelle":"Autre employeur privé","groupe":"Privé"},
    {"code":"21","libelle":"Service de l'Etat (administrations centrales et leurs services déconcentrés de la fonction publique d'Etat)","groupe":"Public"},
    {"code":"22","libelle":"Commune","groupe":"Public"},
    {"code":"23","libelle":"Département","groupe":"Public"},
    {"code":"24","libelle":"Région","groupe":"Public"},
    {"code":"25","libelle":"Etablissement public hospitalier","groupe":"Public"},
    {"code":"26","libelle":"Etablissement public local d'enseignement","groupe":"Public"},
    {"code":"27","libelle":"Etablissement public administratif de l'Etat","groupe":"Public"},
    {"code":"28","libelle":"Etablissement public administratif local (y compris établissement public de coopération intercommunale EPCI)","groupe":"Public"},
    {"code":"29","libelle":"Autre employeur public","groupe":"Public"},
  ],
};
