import type { Parametre } from "@communs-opco/parametres";
import { sourcesLba } from "./sourcesLba";

/**
 * Durée de validité d'une offre déposée sur La bonne alternance : l'expiration est fixée à la
 * création (ou à la réactivation, ou à la prolongation) + 2 mois, en début de journée (Paris).
 * Règle de fonctionnement du service (pas une valeur légale), relevée dans son code.
 *
 * @example
 * ```ts
 * import { valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(dureeValiditeOffre, "2026-09-01")?.valeur; // 2
 * ```
 */
export const dureeValiditeOffre: Parametre<number> = {
  id: "lba.offre.dureeValidite",
  titre: "Durée de validité d'une offre La bonne alternance",
  description:
    "Expiration = date de création, de réactivation ou de prolongation + cette durée, au début de la journée (heure de Paris). Les flux partenaires appliquent aussi 2 mois ou 60 jours par défaut.",
  unite: "mois",
  valeurs: [
    {
      dateEffet: "2020-01-01",
      valeur: 2,
      references: [sourcesLba.cycleVieOffres, sourcesLba.specificationLba],
      verifiedOn: "2026-08-22",
      statut: "a_verifier",
      notes: "Valeur relevée dans le code au commit b632524 ; la date d'entrée en vigueur n'est pas établie (2020-01-01 par convention).",
    },
  ],
};
