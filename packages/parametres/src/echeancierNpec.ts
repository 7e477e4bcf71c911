import { articleCode } from "./articleCode";
import type { Parametre } from "./Parametre";
import { texteJournalOfficiel } from "./texteJournalOfficiel";
import { verificationSpecification } from "./verificationSpecification";

/** Un versement de l'OPCO au CFA au cours d'une année d'exécution du contrat. */
export interface VersementNpec {
  /** Part du montant annuel, en pourcentage (40 pour 40 %). */
  pourcentage: number;
  /** Moment du versement : avance sur facture, mois d'exécution atteint, ou solde après service fait. */
  moment: "avance_sur_facture" | "mois_execution" | "solde_service_fait";
  /** Pour `mois_execution` : mois d'exécution de l'année (7 ou 10). */
  moisExecution?: number;
  /** Pour `avance_sur_facture` : délai de paiement en jours après la facture du CFA. */
  delaiJours?: number;
}

/** Échéancier de financement d'un contrat par l'OPCO, selon la date de conclusion du contrat. */
export interface EcheancierNpec {
  /** Versements de chaque année d'exécution, dans l'ordre ; la somme des pourcentages vaut 100. */
  versements: readonly VersementNpec[];
  /** Proratisation en cas de rupture ou d'année incomplète : au mois commencé (tout mois commencé est dû) ou au jour réalisé. */
  proratisation: "mois_commence" | "jour";
  /** En 1re année, l'avance est diminuée de la participation de l'employeur (`apprentissage.npec.participation_employeur`). */
  avanceDiminueeParticipationEmployeur: boolean;
  /** Délai, en mois après la fin du contrat, au-delà duquel le solde est perdu faute de justificatifs ; `null` si aucun. */
  forclusionSoldeMois: number | null;
}

/**
 * Échéancier de versement du niveau de prise en charge (NPEC) par l'OPCO au CFA, par date de
 * conclusion du contrat :
 * - contrats conclus avant le 01/07/2025 : 50 % d'avance sous 30 jours après facture, 25 % avant la
 *   fin du 7e mois, solde de 25 % au 10e mois ; rupture : tout mois commencé est dû ;
 * - contrats conclus à partir du 01/07/2025 (décret n° 2025-585) : 40 % d'avance sous 30 jours (en
 *   1re année, diminuée de la participation de l'employeur), 30 % au 7e mois, 20 % au 10e mois,
 *   10 % de solde après service fait ; prorata au jour ; solde perdu si les justificatifs ne sont
 *   pas transmis dans les 4 mois suivant la fin du contrat.
 *
 * @example
 * ```ts
 * import { echeancierNpec, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(echeancierNpec, "2025-07-01")?.valeur.versements.map((v) => v.pourcentage); // [40, 30, 20, 10]
 * ```
 */
export const echeancierNpec: Parametre<EcheancierNpec> = {
  id: "apprentissage.npec.echeancier",
  titre: "Échéancier de versement du NPEC",
  description:
    "Répartition et calendrier des versements annuels de l'OPCO au CFA, et mode de proratisation, selon la date de conclusion du contrat.",
  unite: "% du montant annuel",
  valeurs: [
    {
      dateEffet: "2020-01-01",
      valeur: {
        versements: [
          { pourcentage: 50, moment: "avance_sur_facture", delaiJours: 30 },
          { pourcentage: 25, moment: "mois_execution", moisExecution: 7 },
          { pourcentage: 25, moment: "mois_execution", moisExecution: 10 },
        ],
        proratisation: "mois_commence",
        avanceDiminueeParticipationEmployeur: false,
        forclusionSoldeMois: null,
      },
      references: [articleCode("travail", "D6332-83", "et articles voisins (prise en charge des contrats d'apprentissage par les OPCO ; article exact à vérifier)")],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "a_verifier",
      notes: `Résumé des décrets 2019-2020 donné par la spécification du projet : 25 % « avant la fin du 7e mois », solde au 10e mois. Date d'effet (début du financement des contrats par les OPCO) et articles exacts à vérifier. ${verificationSpecification.mention}`,
    },
    {
      dateEffet: "2025-07-01",
      valeur: {
        versements: [
          { pourcentage: 40, moment: "avance_sur_facture", delaiJours: 30 },
          { pourcentage: 30, moment: "mois_execution", moisExecution: 7 },
          { pourcentage: 20, moment: "mois_execution", moisExecution: 10 },
          { pourcentage: 10, moment: "solde_service_fait" },
        ],
        proratisation: "jour",
        avanceDiminueeParticipationEmployeur: true,
        forclusionSoldeMois: 4,
      },
      references: [
        texteJournalOfficiel(
          "decret",
          "2025-06-27",
          "2025-585",
          "Décret n° 2025-585 du 27 juin 2025 relatif aux modalités de prise en charge des contrats d'apprentissage",
        ),
      ],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "verifie",
      notes: `Spécification du projet (fait sourcé). Le solde de 10 % est payé sur facture et attestation ou certificat de réalisation, avec la 1re avance de l'année suivante (dernière année : sur facture). Le dénominateur du prorata au jour n'est pas fixé par les sources. Un calendrier spécifique s'applique aux nouveaux CFA (non encodé). ${verificationSpecification.mention}`,
    },
  ],
};
