import { articleCode } from "./articleCode";
import type { Parametre } from "./Parametre";
import { verificationSpecification } from "./verificationSpecification";

/** Nombre maximal d'apprentis suivis simultanément par un maître d'apprentissage. */
export interface NombreMaximumApprentisParMaitre {
  /** Apprentis suivis simultanément. */
  apprentis: number;
  /** Apprenti supplémentaire dont la formation est prolongée après un échec à l'examen. */
  apprentisSupplementairesRedoublants: number;
}

/**
 * Nombre maximal d'apprentis par maître (règle R-MA-NB) : 2 apprentis plus 1 dont la formation est
 * prolongée après un échec à l'examen, comptés sur les contrats de l'employeur en cours.
 *
 * @example
 * ```ts
 * import { nombreMaximumApprentisParMaitre, valeurParametre } from "@communs-opco/parametres";
 * valeurParametre(nombreMaximumApprentisParMaitre, "2026-09-01")?.valeur.apprentis; // 2
 * ```
 */
export const nombreMaximumApprentisParMaitre: Parametre<NombreMaximumApprentisParMaitre> = {
  id: "apprentissage.maitre.nombre_apprentis",
  titre: "Nombre maximal d'apprentis par maître d'apprentissage",
  description:
    "Nombre maximal d'apprentis suivis simultanément par un même maître d'apprentissage, plus un apprenti redoublant.",
  unite: "apprentis",
  valeurs: [
    {
      dateEffet: "2019-01-01",
      valeur: { apprentis: 2, apprentisSupplementairesRedoublants: 1 },
      references: [articleCode("travail", "R6223-6")],
      verifiedOn: verificationSpecification.verifiedOn,
      statut: "a_verifier",
      notes: `Valeurs de la spécification du projet (R-MA-NB : « R6223-6, to verify »). Date d'effet à vérifier. ${verificationSpecification.mention}`,
    },
  ],
};
