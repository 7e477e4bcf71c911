import { articleCode } from "./articleCode";
import type { Parametre } from "./Parametre";
import { verificationSpecification } from "./verificationSpecification";

/** Durées maximales de travail d'un apprenti mineur. */
export interface DureeTravailApprentiMineur {
  /** Heures de travail effectif par semaine au plus. */
  heuresParSemaine: number;
  /** Heures de travail effectif par jour au plus. */
  heuresParJour: number;
}

/**
 * Durée maximale du travail d'un apprenti mineur : 35 h par semaine et 8 h par jour (règle
 * R-HEBDO : au-delà de 35 h, erreur pour un mineur sauf dérogation sectorielle).
 *
 * @example
 * ```ts
 * import { dureeTravailApprentiMineur, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(dureeTravailApprentiMineur, "2026-09-01")?.valeur; // { heuresParSemaine: 35, heuresParJour: 8 }
 * ```
 */
export const dureeTravailApprentiMineur: Parametre<DureeTravailApprentiMineur> = {
  id: "apprentissage.travail.mineur",
  titre: "Durée maximale du travail de l'apprenti mineur",
  description: "Durée maximale de travail effectif d'un apprenti de moins de 18 ans : 35 heures par semaine, 8 heures par jour.",
  unite: "heures",
  valeurs: [
    {
      dateEffet: "2019-01-01",
      valeur: { heuresParSemaine: 35, heuresParJour: 8 },
      references: [articleCode("travail", "L6222-25")],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "a_verifier",
      notes: `Valeurs de la spécification (contrat.md §3.5, R-HEBDO : « 35 h et 8 h par jour (L6222-25, to verify) »). Date d'effet à vérifier. ${verificationSpecification.mention}`,
    },
  ],
};
