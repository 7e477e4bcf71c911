// Fichier généré par scripts/generer-donnees.mjs : ne pas modifier à la main.
import type { Table } from "../Table";
import type { EntreeCode } from "../EntreeCode";

/**
 * Type de contrat ou d'avenant (contrat.typeContratApp) : 11, 21–23, 31–38.
 *
 * Source : mission-apprentissage/contrat, shared/helpers/cerfa/domains/contrat/getTypeContratApprentiOptions.ts (commit 5c29c9b), converti dans shared/data/nomenclatures (2024-11-13). Licence : MIT (dépôt source, © 2023 Mission Apprentissage) ; les codes sont ceux, publics, du CERFA n° 10103 (Ministère du Travail).
 *
 * @example
 * ```ts
 * import { tableTypeContratApp } from "@communs-opco/nomenclatures";
 * tableTypeContratApp.entrees.length; // 12
 * ```
 */
export const tableTypeContratApp: Table<EntreeCode> = {
  "id": "typeContratApp",
  "titre": "Type de contrat ou d'avenant (contrat.typeContratApp) : 11, 21–23, 31–38",
  "source": {"nom":"mission-apprentissage/contrat, shared/helpers/cerfa/domains/contrat/getTypeContratApprentiOptions.ts (commit 5c29c9b), converti dans shared/data/nomenclatures","url":"https://github.com/mission-apprentissage/contrat/blob/5c29c9b/shared/helpers/cerfa/domains/contrat/getTypeContratApprentiOptions.ts","date":"2024-11-13"},
  "licence": "MIT (dépôt source, © 2023 Mission Apprentissage) ; les codes sont ceux, publics, du CERFA n° 10103 (Ministère du Travail)",
  "remarques": ["Le code 38 existe depuis le CERFA *14 ; le modèle AGECAP s'arrête à 37."],
  "entrees": [
    {"code":"11","libelle":"Premier contrat d'apprentissage de l'apprenti","groupe":"Contrat initial"},
    {"code":"21","libelle":"Nouveau contrat avec un apprenti qui a terminé son précédent contrat auprès d'un même employeur","groupe":"Succession de contrats"},
    {"code":"22","libelle":"Nouveau contrat avec un apprenti qui a terminé son précédent contrat auprès d'un autre employeur","groupe":"Succession de contrats"},
    {"code":"23","libelle":"Nouveau contrat avec un apprenti dont le précédent contrat auprès d'un autre employeur a été rompu","groupe":"Succession de contrats"},
    {"code":"31","libelle":"Modification de la situation juridique de l'employeur","groupe":"Avenant : modification des conditions du contrat"},
    {"code":"32","libelle":"Changement d'employeur dans le cadre d'un contrat saisonnier","groupe":"Avenant : modification des conditions du contrat"},
    {"code":"33","libelle":"Prolongation du contrat suite à un échec à l'examen de l'apprenti","groupe":"Avenant : modification des conditions du contrat"},
    {"code":"34","libelle":"Prolongation du contrat suite à la reconnaissance de l'apprenti comme travailleur handicapé","groupe":"Avenant : modification des conditions du contrat"},
    {"code":"35","libelle":"Modification du diplôme préparé par l'apprenti","groupe":"Avenant : modification des conditions du contrat"},
    {"code":"36","libelle":"Autres changements : changement de maître d'apprentissage, de durée de travail hebdomadaire, réduction de durée, etc.","groupe":"Avenant : modification des conditions du contrat"},
    {"code":"37","libelle":"Modification du lieu d'exécution du contrat","groupe":"Avenant : modification des conditions du contrat"},
    {"code":"38","libelle":"Modification du lieu principal de réalisation de la formation théorique","groupe":"Avenant : modification des conditions du contrat"},
  ],
};
