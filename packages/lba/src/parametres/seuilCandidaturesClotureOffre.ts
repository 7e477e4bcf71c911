import type { Parametre } from "@communs-opco/parametres";
import { sourcesLba } from "./sourcesLba";

/**
 * Nombre de candidatures à partir duquel La bonne alternance clôt automatiquement une offre
 * active (tâche toutes les 30 minutes) et prévient le recruteur. Règle du service (pas légale).
 *
 * @example
 * ```ts
 * import { valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(seuilCandidaturesClotureOffre, "2026-09-01")?.valeur; // 80
 * ```
 */
export const seuilCandidaturesClotureOffre: Parametre<number> = {
  id: "lba.offre.seuilCandidaturesCloture",
  titre: "Seuil de candidatures de clôture automatique d'une offre",
  description: "Une offre active qui a reçu au moins ce nombre de candidatures est clôturée (annulée) et son recruteur prévenu.",
  unite: "candidatures",
  valeurs: [
    {
      dateEffet: "2020-01-01",
      valeur: 80,
      references: [sourcesLba.cycleVieOffres, sourcesLba.specificationLba],
      verifiedOn: "2026-08-22",
      statut: "a_verifier",
      notes: "Valeur relevée au commit b632524 ; date d'entrée en vigueur non établie. Statut final « Cancelled » retenu (à vérifier).",
    },
  ],
};
