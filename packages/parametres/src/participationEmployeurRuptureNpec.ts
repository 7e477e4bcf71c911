import type { Parametre } from "./Parametre";
import { texteJournalOfficiel } from "./texteJournalOfficiel";
import { verificationSpecification } from "./verificationSpecification";

/**
 * Participation de l'employeur quand le contrat est rompu pendant les premiers jours de
 * formation pratique : pourcentage du NPEC proratisé aux jours réalisés (plafonné au montant de
 * la participation, `participationEmployeurNpec`).
 *
 * @example
 * ```ts
 * const r: ParticipationEmployeurRuptureNpec = { pourcentageNpecProratise: 50 };
 * ```
 */
export interface ParticipationEmployeurRuptureNpec {
  /** Pourcentage du NPEC proratisé aux jours réalisés ; `null` quand la participation n'existe pas. */
  pourcentageNpecProratise: number | null;
}

/**
 * Participation de l'employeur en cas de rupture dans le délai de facturation (45 jours) :
 * 50 % du NPEC proratisé aux jours réalisés, plafonné à la participation forfaitaire, pour les
 * contrats conclus à partir du 1er juillet 2025.
 *
 * @example
 * ```ts
 * import { participationEmployeurRuptureNpec, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(participationEmployeurRuptureNpec, "2025-09-01")?.valeur.pourcentageNpecProratise; // 50
 * ```
 */
export const participationEmployeurRuptureNpec: Parametre<ParticipationEmployeurRuptureNpec> = {
  id: "apprentissage.npec.participation_employeur_rupture",
  titre: "Participation de l'employeur en cas de rupture dans les 45 premiers jours",
  description:
    "Rupture du contrat avant la facturation de la participation de l'employeur : la participation est réduite à un pourcentage du NPEC proratisé aux jours réalisés, plafonné au forfait.",
  unite: "% du NPEC proratisé",
  valeurs: [
    {
      dateEffet: "2020-01-01",
      valeur: { pourcentageNpecProratise: null },
      references: [texteJournalOfficiel("decret", "2025-06-27", "2025-585", "Décret n° 2025-585 du 27 juin 2025 (instaure la participation pour les contrats conclus à partir du 01/07/2025)")],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "a_verifier",
      notes: `Pas de participation avant le 01/07/2025. ${verificationSpecification.mention}`,
    },
    {
      dateEffet: "2025-07-01",
      valeur: { pourcentageNpecProratise: 50 },
      references: [
        texteJournalOfficiel("decret", "2025-06-27", "2025-585", "Décret n° 2025-585 du 27 juin 2025 relatif aux modalités de prise en charge des contrats d'apprentissage"),
        { titre: "Service-public.fr, fiche F39190", url: "https://entreprendre.service-public.gouv.fr/vosdroits/F39190" },
      ],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "a_verifier",
      notes: `Spécification du projet (fait sourcé) : « Rupture within the 45 days: 50 % of the NPEC prorated to the days performed, capped at €750 ». ${verificationSpecification.mention}`,
    },
  ],
};
