import {
  grilleRemunerationApprenti,
  majorationRemunerationRqthProlongation,
  majorationRemunerationSecteurPublic,
  smicMensuelMayotte,
  smicMensuelMetropole,
} from "@communs-opco/parametres";
import type { ConstatRegle, ContexteRegle } from "../../Regle";
import { memoriserPendantEvaluation } from "../../moteur/memoriserPendantEvaluation";
import { calculerRemuneration } from "../calculerRemuneration";
import type { EntreeRemuneration } from "../EntreeRemuneration";
import { estMayotte } from "../estMayotte";
import type { RemunerationCalculee, ResultatRemuneration } from "../ResultatRemuneration";

/**
 * Calcule la rémunération légale d'un contrat pour une règle et déclare au moteur les paramètres
 * consultés (SMIC du territoire au début du contrat, grille et majoration du secteur public à la
 * date de conclusion), pour qu'ils
 * figurent dans les constats. Un calcul impossible donne un constat `indetermine` nommant les
 * champs en cause.
 *
 * @example
 * ```ts
 * const legale = remunerationLegale(lu.entree, contexte);
 * if (!("periodes" in legale)) return [legale];
 * ```
 */
/**
 * Rémunération minimale légale calculée pour l'entrée, une fois par évaluation du contrat (les
 * règles de rémunération et leurs gardes la partagent), sans consultation tracée des paramètres.
 *
 * @example
 * ```ts
 * const r = remunerationCalculee(lu.entree);
 * if (r.statut === "calculee") r.periodes[0]?.tauxMinimal;
 * ```
 */
function remunerationCalculee(entree: EntreeRemuneration): ResultatRemuneration {
  return memoriserPendantEvaluation(entree, "remuneration.legale", () => calculerRemuneration(entree));
}

export function remunerationLegale(entree: EntreeRemuneration, contexte: ContexteRegle): RemunerationCalculee | ConstatRegle {
  contexte.parametre(estMayotte(entree.departement) ? smicMensuelMayotte : smicMensuelMetropole, entree.dateDebutContrat);
  contexte.parametre(grilleRemunerationApprenti, entree.dateConclusion ?? entree.dateDebutContrat);
  if (entree.employeurPublic === true) contexte.parametre(majorationRemunerationSecteurPublic, entree.dateConclusion ?? entree.dateDebutContrat);
  // Calculée une fois par évaluation pour la même entrée (trois règles la lisent).
  const resultat = remunerationCalculee(entree);
  if (resultat.statut === "calculee") {
    if (resultat.periodes.some((p) => p.majorationRqth !== undefined)) {
      contexte.parametre(majorationRemunerationRqthProlongation, entree.dateConclusion ?? entree.dateDebutContrat);
    }
    return resultat;
  }
  const champs: Record<string, string> = {
    dateNaissance: "apprenti.dateNaissance",
    dateDebutContrat: "contrat.dateDebutContrat",
    dateFinContrat: "contrat.dateFinContrat",
    dateConclusion: "contrat.dateSignature",
    smc: "contrat.smc",
    majorationPubliqueDeclaree: "contrat.remunerationMajoration",
    dureeCycleFormationMois: "formation.dateFinFormation",
  };
  const manquants = resultat.anomalies.map((a) => champs[a.champ] ?? a.champ);
  return {
    statut: "indetermine",
    message: `Calcul de la rémunération minimale impossible : ${resultat.anomalies.map((a) => a.message).join(" ; ")}.`,
    manquants,
    details: { anomalies: resultat.anomalies },
  };
}
