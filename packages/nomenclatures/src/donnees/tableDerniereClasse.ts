// Fichier généré par scripts/generer-donnees.mjs : ne pas modifier à la main.
import type { Table } from "../Table";
import type { EntreeCode } from "../EntreeCode";

/**
 * Dernière classe ou année suivie par l'apprenti (apprenti.derniereClasse).
 *
 * Source : mission-apprentissage/contrat, shared/helpers/cerfa/schema/apprentiSchema.ts (commit 5c29c9b), converti dans shared/data/nomenclatures (2024-11-13). Licence : MIT (dépôt source, © 2023 Mission Apprentissage) ; les codes sont ceux, publics, du CERFA n° 10103 (Ministère du Travail).
 *
 * @example
 * ```ts
 * import { tableDerniereClasse } from "@communs-opco/nomenclatures";
 * tableDerniereClasse.entrees.length; // 10
 * ```
 */
export const tableDerniereClasse: Table<EntreeCode> = {
  "id": "derniereClasse",
  "titre": "Dernière classe ou année suivie par l'apprenti (apprenti.derniereClasse)",
  "source": {"nom":"mission-apprentissage/contrat, shared/helpers/cerfa/schema/apprentiSchema.ts (commit 5c29c9b), converti dans shared/data/nomenclatures","url":"https://github.com/mission-apprentissage/contrat/blob/5c29c9b/shared/helpers/cerfa/schema/apprentiSchema.ts","date":"2024-11-13"},
  "licence": "MIT (dépôt source, © 2023 Mission Apprentissage) ; les codes sont ceux, publics, du CERFA n° 10103 (Ministère du Travail)",
  "remarques": [],
  "entrees": [
    {"code":"01","libelle":"l'apprenti a suivi la dernière année du cycle de formation et a obtenu le diplôme ou titre"},
    {"code":"11","libelle":"l'apprenti a suivi la 1ère année du cycle et l'a validée (examens réussis mais année non diplômante)"},
    {"code":"12","libelle":"l'apprenti a suivi la 1ère année du cycle mais ne l'a pas validée (échec aux examens, interruption ou abandon de formation)"},
    {"code":"21","libelle":"l'apprenti a suivi la 2è année du cycle et l'a validée (examens réussis mais année non diplômante)"},
    {"code":"22","libelle":"l'apprenti a suivi la 2è année du cycle mais ne l'a pas validée (échec aux examens, interruption ou abandon de formation)"},
    {"code":"31","libelle":"l'apprenti a suivi la 3è année du cycle et l'a validée (examens réussis mais année non diplômante, cycle adaptés)"},
    {"code":"32","libelle":"l'apprenti a suivi la 3è année du cycle mais ne l'a pas validée (échec aux examens, interruption ou abandon de formation)"},
    {"code":"40","libelle":"l'apprenti a achevé le 1er cycle de l'enseignement secondaire (collège)"},
    {"code":"41","libelle":"l'apprenti a interrompu ses études en classe de 3è"},
    {"code":"42","libelle":"l'apprenti a interrompu ses études en classe de 4è"},
  ],
};
