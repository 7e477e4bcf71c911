import type { Parametre } from "./Parametre";
import { texteJournalOfficiel } from "./texteJournalOfficiel";
import { verificationSpecification } from "./verificationSpecification";

/** Participation obligatoire de l'employeur au financement du contrat. */
export interface ParticipationEmployeurNpec {
  /** `false` avant l'instauration de la participation : aucun montant n'est dû. */
  applicable: boolean;
  /** Montant forfaitaire par contrat, en euros. */
  montant: number;
  /** Niveau minimal (cadre national des certifications) de la certification visée à partir duquel la participation est due. */
  niveauCertificationMinimum: number | null;
  /** Jours de formation pratique après lesquels le CFA facture la participation à l'employeur. */
  delaiFacturationJours: number | null;
  /** Montant dû pour un nouveau contrat avec un autre employeur après une rupture. */
  montantNouveauContratApresRupture: number | null;
}

/**
 * Participation obligatoire de l'employeur au financement d'un contrat visant une certification de
 * niveau 6 ou plus, pour les contrats conclus à partir du 01/07/2025 : 750 € par contrat, facturés
 * par le CFA après 45 jours de formation pratique et déduits du versement de l'OPCO ; rupture dans
 * les 45 jours : 50 % du NPEC proratisé, plafonné à 750 € ; nouveau contrat avec un autre employeur
 * après une rupture : 200 €. Avant le 01/07/2025 : aucune participation.
 *
 * @example
 * ```ts
 * import { participationEmployeurNpec, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(participationEmployeurNpec, "2025-06-30")?.valeur.applicable; // false
 * valeurParametre(participationEmployeurNpec, "2025-07-01")?.valeur.montant; // 750
 * ```
 */
export const participationEmployeurNpec: Parametre<ParticipationEmployeurNpec> = {
  id: "apprentissage.npec.participation_employeur",
  titre: "Participation obligatoire de l'employeur",
  description:
    "Montant forfaitaire à la charge de l'employeur pour un contrat visant une certification de niveau 6 ou plus, par date de conclusion du contrat.",
  unite: "EUR/contrat",
  valeurs: [
    {
      dateEffet: "2020-01-01",
      valeur: {
        applicable: false,
        montant: 0,
        niveauCertificationMinimum: null,
        delaiFacturationJours: null,
        montantNouveauContratApresRupture: null,
      },
      references: [
        texteJournalOfficiel(
          "decret",
          "2025-06-27",
          "2025-585",
          "Décret n° 2025-585 du 27 juin 2025 (instaure la participation pour les contrats conclus à partir du 01/07/2025)",
        ),
      ],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "a_verifier",
      notes: `Absence de participation avant le 01/07/2025 ; date de début de la série (début du financement par les OPCO) à vérifier. ${verificationSpecification.mention}`,
    },
    {
      dateEffet: "2025-07-01",
      valeur: {
        applicable: true,
        montant: 750,
        niveauCertificationMinimum: 6,
        delaiFacturationJours: 45,
        montantNouveauContratApresRupture: 200,
      },
      references: [
        texteJournalOfficiel(
          "decret",
          "2025-06-27",
          "2025-585",
          "Décret n° 2025-585 du 27 juin 2025 relatif aux modalités de prise en charge des contrats d'apprentissage",
        ),
        { titre: "Service-public.fr, fiche F39190", url: "https://entreprendre.service-public.gouv.fr/vosdroits/F39190" },
      ],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "a_verifier",
      notes: `Spécification du projet (fait sourcé), qui la marque « to verify ». Rupture dans les 45 jours : 50 % du NPEC proratisé aux jours réalisés, plafonné au montant. ${verificationSpecification.mention}`,
    },
  ],
};
