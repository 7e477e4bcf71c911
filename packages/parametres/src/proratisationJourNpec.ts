import type { Parametre } from "./Parametre";
import { texteJournalOfficiel } from "./texteJournalOfficiel";
import { verificationSpecification } from "./verificationSpecification";

/**
 * Mode de calcul du prorata journalier du NPEC.
 *
 * @example
 * ```ts
 * const p: ProratisationJourNpec = { denominateurJours: 365 };
 * ```
 */
export interface ProratisationJourNpec {
  /** Nombre de jours d'une année d'exécution au dénominateur du prorata. */
  denominateurJours: number;
}

/**
 * Dénominateur du prorata journalier du NPEC (contrats conclus à partir du 1er juillet 2025) :
 * montant dû = NPEC × jours réalisés / dénominateur, plafonné au NPEC annuel.
 *
 * @example
 * ```ts
 * import { proratisationJourNpec, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(proratisationJourNpec, "2025-09-01")?.valeur.denominateurJours; // 365
 * ```
 */
export const proratisationJourNpec: Parametre<ProratisationJourNpec> = {
  id: "apprentissage.npec.proratisation_jour",
  titre: "Dénominateur du prorata journalier du NPEC",
  description:
    "Nombre de jours d'une année d'exécution utilisé pour proratiser le NPEC aux jours réellement réalisés (contrats conclus à partir du 1er juillet 2025).",
  unite: "jours",
  valeurs: [
    {
      dateEffet: "2025-07-01",
      valeur: { denominateurJours: 365 },
      references: [texteJournalOfficiel("decret", "2025-06-27", "2025-585", "Décret n° 2025-585 du 27 juin 2025 relatif aux modalités de prise en charge des contrats d'apprentissage")],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "a_verifier",
      notes: `Le décret pose un prorata « aux jours réalisés » sans fixer le dénominateur ; 365 est l'hypothèse des exemples de la spécification du projet (marqués [I], « to confirm »). ${verificationSpecification.mention}`,
    },
  ],
};
