// Fichier généré par scripts/generer-donnees.mjs : ne pas modifier à la main.
import type { Table } from "../Table";
import type { EntreeDiplome } from "../EntreeDiplome";

/**
 * Diplômes et titres (liste DIPLOMES) : diplôme préparé, plus haut diplôme obtenu, type de diplôme de la formation.
 *
 * Source : mission-apprentissage/contrat, shared/constants/diplomes.ts (commit 5c29c9b), converti dans shared/data/nomenclatures (2024-11-13). Licence : MIT (dépôt source, © 2023 Mission Apprentissage) ; les codes sont ceux, publics, du CERFA n° 10103 (Ministère du Travail).
 *
 * @example
 * ```ts
 * import { tableDiplome } from "@communs-opco/nomenclatures";
 * tableDiplome.entrees.length; // 24
 * ```
 */
export const tableDiplome: Table<EntreeDiplome> = {
  "id": "diplome",
  "titre": "Diplômes et titres (liste DIPLOMES) : diplôme préparé, plus haut diplôme obtenu, type de diplôme de la formation",
  "source": {"nom":"mission-apprentissage/contrat, shared/constants/diplomes.ts (commit 5c29c9b), converti dans shared/data/nomenclatures","url":"https://github.com/mission-apprentissage/contrat/blob/5c29c9b/shared/constants/diplomes.ts","date":"2024-11-13"},
  "licence": "MIT (dépôt source, © 2023 Mission Apprentissage) ; les codes sont ceux, publics, du CERFA n° 10103 (Ministère du Travail)",
  "remarques": ["Le niveau européen est déduit du groupe (contrat.md §2.2) ; le doctorat (80) est au niveau 8."],
  "entrees": [
    {"code":"25","libelle":"Diplôme national du Brevet","groupe":"Aucun diplôme ni titre","niveauEuropeen":null},
    {"code":"26","libelle":"Certificat de formation générale","groupe":"Aucun diplôme ni titre","niveauEuropeen":null},
    {"code":"13","libelle":"Aucun diplôme ni titre professionnel","groupe":"Aucun diplôme ni titre","niveauEuropeen":null},
    {"code":"33","libelle":"CAP","groupe":"Diplôme ou titre de niveau CAP/BEP","niveauEuropeen":"3"},
    {"code":"34","libelle":"BEP","groupe":"Diplôme ou titre de niveau CAP/BEP","niveauEuropeen":"3"},
    {"code":"35","libelle":"Mention complémentaire","groupe":"Diplôme ou titre de niveau CAP/BEP","niveauEuropeen":"3"},
    {"code":"38","libelle":"Autre diplôme ou titre de niveau CAP/BEP","groupe":"Diplôme ou titre de niveau CAP/BEP","niveauEuropeen":"3"},
    {"code":"41","libelle":"Baccalauréat professionnel","groupe":"Diplôme ou titre de niveau bac","niveauEuropeen":"4"},
    {"code":"42","libelle":"Baccalauréat général","groupe":"Diplôme ou titre de niveau bac","niveauEuropeen":"4"},
    {"code":"43","libelle":"Baccalauréat technologique","groupe":"Diplôme ou titre de niveau bac","niveauEuropeen":"4"},
    {"code":"49","libelle":"Autre diplôme ou titre de niveau bac","groupe":"Diplôme ou titre de niveau bac","niveauEuropeen":"4"},
    {"code":"54","libelle":"Brevet de Technicien Supérieur","groupe":"Diplôme ou titre de niveau bac +2","niveauEuropeen":"5"},
    {"code":"55","libelle":"Diplôme Universitaire de technologie","groupe":"Diplôme ou titre de niveau bac +2","niveauEuropeen":"5"},
    {"code":"58","libelle":"Autre diplôme ou titre de niveau bac+2","groupe":"Diplôme ou titre de niveau bac +2","niveauEuropeen":"5"},
    {"code":"61","libelle":"1 ère année de Master","groupe":"Diplôme ou titre de niveau bac +3 et 4","niveauEuropeen":"6"},
    {"code":"62","libelle":"Licence professionnelle","groupe":"Diplôme ou titre de niveau bac +3 et 4","niveauEuropeen":"6"},
    {"code":"63","libelle":"Licence générale","groupe":"Diplôme ou titre de niveau bac +3 et 4","niveauEuropeen":"6"},
    {"code":"69","libelle":"Autre diplôme ou titre de niveau bac +3 ou 4","groupe":"Diplôme ou titre de niveau bac +3 et 4","niveauEuropeen":"6"},
    {"code":"80","libelle":"Doctorat","groupe":"Diplôme ou titre de niveau bac +5 et plus","niveauEuropeen":"8"},
    {"code":"71","libelle":"Master professionnel/DESS","groupe":"Diplôme ou titre de niveau bac +5 et plus","niveauEuropeen":"7"},
    {"code":"72","libelle":"Master recherche/DEA","groupe":"Diplôme ou titre de niveau bac +5 et plus","niveauEuropeen":"7"},
    {"code":"73","libelle":"Master indifférencié","groupe":"Diplôme ou titre de niveau bac +5 et plus","niveauEuropeen":"7"},
    {"code":"74","libelle":"Diplôme d'ingénieur, diplôme d'école de commerce","groupe":"Diplôme ou titre de niveau bac +5 et plus","niveauEuropeen":"7"},
    {"code":"79","libelle":"Autre diplôme ou titre de niveau bac+5 ou plus","groupe":"Diplôme ou titre de niveau bac +5 et plus","niveauEuropeen":"7"},
  ],
};
