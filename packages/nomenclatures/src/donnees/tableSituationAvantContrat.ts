// Fichier généré par scripts/generer-donnees.mjs : ne pas modifier à la main.
import type { Table } from "../Table";
import type { EntreeCode } from "../EntreeCode";

/**
 * Situation de l'apprenti avant le contrat (apprenti.situationAvantContrat).
 *
 * Source : mission-apprentissage/contrat, shared/helpers/cerfa/schema/apprentiSchema.ts (commit 5c29c9b), converti dans shared/data/nomenclatures (2024-11-13). Licence : MIT (dépôt source, © 2023 Mission Apprentissage) ; les codes sont ceux, publics, du CERFA n° 10103 (Ministère du Travail).
 *
 * @example
 * ```ts
 * import { tableSituationAvantContrat } from "@communs-opco/nomenclatures";
 * tableSituationAvantContrat.entrees.length; // 12
 * ```
 */
export const tableSituationAvantContrat: Table<EntreeCode> = {
  "id": "situationAvantContrat",
  "titre": "Situation de l'apprenti avant le contrat (apprenti.situationAvantContrat)",
  "source": {"nom":"mission-apprentissage/contrat, shared/helpers/cerfa/schema/apprentiSchema.ts (commit 5c29c9b), converti dans shared/data/nomenclatures","url":"https://github.com/mission-apprentissage/contrat/blob/5c29c9b/shared/helpers/cerfa/schema/apprentiSchema.ts","date":"2024-11-13"},
  "licence": "MIT (dépôt source, © 2023 Mission Apprentissage) ; les codes sont ceux, publics, du CERFA n° 10103 (Ministère du Travail)",
  "remarques": [],
  "entrees": [
    {"code":"1","libelle":"Scolaire"},
    {"code":"2","libelle":"Prépa apprentissage"},
    {"code":"3","libelle":"Etudiant"},
    {"code":"4","libelle":"Contrat d’apprentissage"},
    {"code":"5","libelle":"Contrat de professionnalisation"},
    {"code":"6","libelle":"Contrat aidé"},
    {"code":"7","libelle":"En formation au CFA sous statut de stagiaire de la formation professionnelle, avant signature d’un contrat d’apprentissage (L6222-12-1 du code du travail)"},
    {"code":"8","libelle":"En formation, au CFA sans contrat sous statut de stagiaire de la formation professionnelle, suite à rupture (5° de L6231-2 du code du travail)"},
    {"code":"9","libelle":"Autres situations sous statut de stagiaire de la formation professionnelle"},
    {"code":"10","libelle":"Salarié"},
    {"code":"11","libelle":"Personne à la recherche d’un emploi (inscrite ou non à Pôle emploi)"},
    {"code":"12","libelle":"Inactif"},
  ],
};
