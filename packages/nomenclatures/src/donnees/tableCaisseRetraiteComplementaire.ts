// Fichier généré par scripts/generer-donnees.mjs : ne pas modifier à la main.
import type { Table } from "../Table";
import type { EntreeCode } from "../EntreeCode";

/**
 * Caisse de retraite complémentaire (contrat.caisseRetraiteSupplementaire) ; la valeur stockée est le libellé.
 *
 * Source : mission-apprentissage/contrat, shared/helpers/cerfa/schema/contratSchema.ts (commit 5c29c9b), converti dans shared/data/nomenclatures (2024-11-13). Licence : MIT (dépôt source, © 2023 Mission Apprentissage) ; les codes sont ceux, publics, du CERFA n° 10103 (Ministère du Travail).
 *
 * @example
 * ```ts
 * import { tableCaisseRetraiteComplementaire } from "@communs-opco/nomenclatures";
 * tableCaisseRetraiteComplementaire.entrees.length; // 45
 * ```
 */
export const tableCaisseRetraiteComplementaire: Table<EntreeCode> = {
  "id": "caisseRetraiteComplementaire",
  "titre": "Caisse de retraite complémentaire (contrat.caisseRetraiteSupplementaire) ; la valeur stockée est le libellé",
  "source": {"nom":"mission-apprentissage/contrat, shared/helpers/cerfa/schema/contratSchema.ts (commit 5c29c9b), converti dans shared/data/nomenclatures","url":"https://github.com/mission-apprentissage/contrat/blob/5c29c9b/shared/helpers/cerfa/schema/contratSchema.ts","date":"2024-11-13"},
  "licence": "MIT (dépôt source, © 2023 Mission Apprentissage) ; les codes sont ceux, publics, du CERFA n° 10103 (Ministère du Travail)",
  "remarques": ["L'application de référence écrit « Malakoff Humanis Agric-Arrco » ; le libellé est repris tel quel."],
  "entrees": [
    {"code":"AG2R Agirc-Arrco","libelle":"AG2R Agirc-Arrco"},
    {"code":"Agrica (Alliance professionnelle) Agirc-Arrco","libelle":"Agrica (Alliance professionnelle) Agirc-Arrco"},
    {"code":"Apicil Agirc-Arrco","libelle":"Apicil Agirc-Arrco"},
    {"code":"Audiens (Alliance professionnelle)  Agirc-Arrco","libelle":"Audiens (Alliance professionnelle) Agirc-Arrco"},
    {"code":"B2V (Alliance professionnelle) Agirc-Arrco","libelle":"B2V (Alliance professionnelle) Agirc-Arrco"},
    {"code":"Banque de France","libelle":"Banque de France"},
    {"code":"BTPR Agirc-Arrco","libelle":"BTPR Agirc-Arrco"},
    {"code":"CARCDSF","libelle":"CARCDSF"},
    {"code":"CARMF","libelle":"CARMF"},
    {"code":"CARPIMKO","libelle":"CARPIMKO"},
    {"code":"CARPV","libelle":"CARPV"},
    {"code":"CAVAMAC","libelle":"CAVAMAC"},
    {"code":"CAVEC","libelle":"CAVEC"},
    {"code":"CAVOM","libelle":"CAVOM"},
    {"code":"CAVP","libelle":"CAVP"},
    {"code":"CGRR Agirc-Arrco","libelle":"CGRR Agirc-Arrco"},
    {"code":"CIPAV","libelle":"CIPAV"},
    {"code":"CNAV","libelle":"CNAV"},
    {"code":"CNAVPL","libelle":"CNAVPL"},
    {"code":"CNBF","libelle":"CNBF"},
    {"code":"CNIEG","libelle":"CNIEG"},
    {"code":"CNRACL","libelle":"CNRACL"},
    {"code":"CPRN","libelle":"CPRN"},
    {"code":"CPRP SNCF","libelle":"CPRP SNCF"},
    {"code":"Cropera","libelle":"Cropera"},
    {"code":"CRP RATP","libelle":"CRP RATP"},
    {"code":"CRPCEN","libelle":"CRPCEN"},
    {"code":"CRPCF","libelle":"CRPCF"},
    {"code":"CRPN","libelle":"CRPN"},
    {"code":"CRR Agirc-Arrco","libelle":"CRR Agirc-Arrco"},
    {"code":"ENIM","libelle":"ENIM"},
    {"code":"FSPOEIE","libelle":"FSPOEIE"},
    {"code":"IRCANTEC","libelle":"IRCANTEC"},
    {"code":"IRCEC","libelle":"IRCEC"},
    {"code":"Ircem Agirc-Arrco","libelle":"Ircem Agirc-Arrco"},
    {"code":"Ircom Agirc-Arrco","libelle":"Ircom Agirc-Arrco"},
    {"code":"IRP Auto (Alliance professionnelle) Agirc-Arrco","libelle":"IRP Auto (Alliance professionnelle) Agirc-Arrco"},
    {"code":"Klesia Carcept Agirc-Arrco","libelle":"Klesia Carcept Agirc-Arrco"},
    {"code":"Lourmel (Alliance professionnelle) Agirc-Arrco","libelle":"Lourmel (Alliance professionnelle) Agirc-Arrco"},
    {"code":"Malakoff Humanis Agric-Arrco","libelle":"Malakoff Humanis Agric-Arrco"},
    {"code":"Mutualité sociale agricole (MSA)","libelle":"Mutualité sociale agricole (MSA)"},
    {"code":"Port autonome de Strasbourg","libelle":"Port autonome de Strasbourg"},
    {"code":"PRO BTP (Alliance professionnelle) Agirc-Arrco","libelle":"PRO BTP (Alliance professionnelle) Agirc-Arrco"},
    {"code":"Retraite des mines","libelle":"Retraite des mines"},
    {"code":"SSI","libelle":"SSI"},
  ],
};
