// Fichier généré par scripts/generer-donnees.mjs : ne pas modifier à la main.
import type { Table } from "../Table";
import type { EntreeCode } from "../EntreeCode";

/**
 * Niveau du plus haut diplôme du maître d'apprentissage (maitre1/maitre2.niveauDiplome).
 *
 * Source : mission-apprentissage/contrat, shared/constants/diplomes.ts (commit 5c29c9b), converti dans shared/data/nomenclatures (2024-11-13). Licence : MIT (dépôt source, © 2023 Mission Apprentissage) ; les codes sont ceux, publics, du CERFA n° 10103 (Ministère du Travail).
 *
 * @example
 * ```ts
 * import { tableNiveauDiplome } from "@communs-opco/nomenclatures";
 * tableNiveauDiplome.entrees.length; // 7
 * ```
 */
export const tableNiveauDiplome: Table<EntreeCode> = {
  "id": "niveauDiplome",
  "titre": "Niveau du plus haut diplôme du maître d'apprentissage (maitre1/maitre2.niveauDiplome)",
  "source": {"nom":"mission-apprentissage/contrat, shared/constants/diplomes.ts (commit 5c29c9b), converti dans shared/data/nomenclatures","url":"https://github.com/mission-apprentissage/contrat/blob/5c29c9b/shared/constants/diplomes.ts","date":"2024-11-13"},
  "licence": "MIT (dépôt source, © 2023 Mission Apprentissage) ; les codes sont ceux, publics, du CERFA n° 10103 (Ministère du Travail)",
  "remarques": [],
  "entrees": [
    {"code":"0","libelle":"Aucun diplôme ou titre"},
    {"code":"3","libelle":"CAP, BEP"},
    {"code":"4","libelle":"Baccalauréat"},
    {"code":"5","libelle":"DEUG, BTS, DUT, DEUST"},
    {"code":"6","libelle":"Licence, licence professionnelle, BUT, Maîtrise"},
    {"code":"7","libelle":"Master, diplôme d'études approfondies, diplôme d'études supérieures spécialisées, diplôme d'ingénieur"},
    {"code":"8","libelle":"Doctorat, habilitation à diriger des recherches"},
  ],
};
