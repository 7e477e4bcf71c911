import type { Parametre } from "@communs-opco/parametres";
import { sourcesLba } from "./sourcesLba";

/**
 * Relance par courriel avant l'expiration d'une offre.
 *
 * @example
 * ```ts
 * const relance: RelanceExpiration = { code: "J7", joursAvant: 7, heure: "09:20" };
 * ```
 */
export interface RelanceExpiration {
  /** Code de la relance (`J7`, `J1`), repris des champs `relance_mail_expiration_J7/J1`. */
  readonly code: string;
  /** Nombre de jours avant la date d'expiration. */
  readonly joursAvant: number;
  /** Heure d'envoi (heure de Paris, `HH:MM`). */
  readonly heure: string;
}

/**
 * Relances d'expiration des offres La bonne alternance : J-7 à 9 h 20 et J-1 à 9 h 25 (heure de
 * Paris). Règle de fonctionnement du service (pas une valeur légale).
 *
 * @example
 * ```ts
 * import { valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(relancesExpirationOffre, "2026-09-01")?.valeur.map((r) => r.code); // ["J7", "J1"]
 * ```
 */
export const relancesExpirationOffre: Parametre<readonly RelanceExpiration[]> = {
  id: "lba.offre.relancesExpiration",
  titre: "Relances avant expiration d'une offre La bonne alternance",
  description: "Courriels envoyés au recruteur avant l'expiration de son offre active, avec l'heure de la tâche planifiée.",
  unite: "jours avant expiration",
  valeurs: [
    {
      dateEffet: "2020-01-01",
      valeur: [
        { code: "J7", joursAvant: 7, heure: "09:20" },
        { code: "J1", joursAvant: 1, heure: "09:25" },
      ],
      references: [sourcesLba.cycleVieOffres, sourcesLba.specificationLba],
      verifiedOn: "2026-08-22",
      statut: "a_verifier",
      notes: "Horaires des tâches planifiées relevés au commit b632524 ; date d'entrée en vigueur non établie.",
    },
  ],
};
