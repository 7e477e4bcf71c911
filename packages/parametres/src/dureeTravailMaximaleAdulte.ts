import { articleCode } from "./articleCode";
import type { Parametre } from "./Parametre";
import { revueJuridique } from "./revueJuridique";

/** Durées maximales du travail d'un salarié majeur. */
export interface DureeTravailMaximaleAdulte {
  /** Maximum absolu sur une même semaine (C. trav. L3121-20). */
  heuresParSemaine: number;
  /** Maximum en moyenne sur 12 semaines consécutives (C. trav. L3121-22). */
  moyenneHeuresSur12Semaines: number;
}

/**
 * Durées maximales hebdomadaires du travail d'un salarié majeur, apprenti compris : 48 h sur une
 * même semaine (L3121-20), 44 h en moyenne sur 12 semaines consécutives (L3121-22). Aucun texte ne
 * plafonne un apprenti majeur à 40 h ; au-delà de la durée légale de 35 h, les heures sont des
 * heures supplémentaires.
 *
 * @example
 * ```ts
 * import { dureeTravailMaximaleAdulte, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(dureeTravailMaximaleAdulte, "2026-09-01")?.valeur.heuresParSemaine; // 48
 * ```
 */
export const dureeTravailMaximaleAdulte: Parametre<DureeTravailMaximaleAdulte> = {
  id: "travail.duree_hebdomadaire.maximale",
  titre: "Durée maximale hebdomadaire du travail (majeur)",
  description:
    "Durée maximale du travail effectif d'un salarié majeur : 48 heures sur une même semaine, 44 heures en moyenne sur 12 semaines consécutives. Lue à la date de début d'exécution.",
  unite: "heures/semaine",
  valeurs: [
    {
      dateEffet: "2016-08-10",
      valeur: { heuresParSemaine: 48, moyenneHeuresSur12Semaines: 44 },
      references: [articleCode("travail", "L3121-20"), articleCode("travail", "L3121-22")],
      verifiedOn: revueJuridique.verifiedOn,
      statut: "a_verifier",
      aVerifier: "Date d'effet : numérotation L3121-20 et L3121-22 issue de la loi n° 2016-1088 du 8 août 2016 (entrée en vigueur retenue : 10/08/2016) ; les valeurs de 48 h et 44 h ne sont pas en doute.",
      notes: `Le CERFA déclare une durée hebdomadaire unique : seule la borne de 48 h peut être contrôlée ; la moyenne de 44 h sur 12 semaines ne peut pas l'être. ${revueJuridique.mention}`,
    },
  ],
};
