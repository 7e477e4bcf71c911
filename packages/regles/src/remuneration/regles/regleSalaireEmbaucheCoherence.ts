import type { ContratAControler } from "../../ContratAControler";
import type { RegleSynchrone } from "../../Regle";
import { centimes } from "../centimes";
import { montantSelonTaux } from "../montantSelonTaux";
import { lireContratRemuneration } from "./lireContratRemuneration";
import { referencesRemuneration } from "./referencesRemuneration";
import { remunerationLegale } from "./remunerationLegale";
import { lireRemunerationVue, minimaleVue } from "../../compile/lireRemunerationVue";

/** Écart toléré entre le salaire d'embauche déclaré et le salaire recalculé, en centimes. */
const TOLERANCE_CENTIMES = 1;

/**
 * Le salaire brut d'embauche (`contrat.salaireEmbauche`) est cohérent avec la première ligne de
 * rémunération : taux déclaré × base (SMIC en vigueur au début du contrat, ou SMC si la ligne est
 * sur le SMC), arrondi au centime supérieur, à un centime près. Sans ligne déclarée, il est comparé
 * au salaire minimal légal de la première période (il ne doit pas être inférieur).
 *
 * @example
 * ```ts
 * evaluerRegles([regleSalaireEmbaucheCoherence], contrat, { dateEvaluation: "2026-11-26" });
 * ```
 */
export const regleSalaireEmbaucheCoherence: RegleSynchrone<ContratAControler> = {
  nature: "synchrone",
  id: "remuneration.salaireEmbauche.coherence",
  titre: "Salaire d'embauche cohérent avec la première période",
  description:
    "Le salaire brut d'embauche est égal, au centime près, au taux de la première ligne de rémunération appliqué à sa base (SMIC au début du contrat ou SMC).",
  severite: "avertissement",
  references: [referencesRemuneration.salaireEmbauche, referencesRemuneration.grille, referencesRemuneration.controles],
  parametres: ["apprentissage.remuneration.grille", "smic.mensuel.metropole", "smic.mensuel.mayotte"],
  chemins: ["contrat.salaireEmbauche", "contrat.remunerationsAnnuelles", "contrat.smc", "contrat.dateDebutContrat"],
  garde(v) {
    // Même lecture que la règle (faite une fois sur la vue) ; minimum légal sur numéros de jour (même loi que calculerRemuneration).
    const lu = lireRemunerationVue(v);
    if (lu === undefined || lu.salaireEmbauche === undefined) return false;
    const legale = minimaleVue(lu, v);
    if (legale === undefined) return false;
    const declare = centimes(lu.salaireEmbauche);
    const premiere = lu.lignes[0];
    if (premiere === undefined) {
      const minimum = legale.segments[0];
      return minimum === undefined || declare + TOLERANCE_CENTIMES >= minimum.salaireBrutCentimes;
    }
    if (premiere.typeSalaire === "SMC" && lu.entree.smc === undefined) return false;
    const base = premiere.typeSalaire === "SMC" && lu.entree.smc !== undefined ? lu.entree.smc : legale.smicMensuel;
    return Math.abs(declare - montantSelonTaux(centimes(base), premiere.taux)) <= TOLERANCE_CENTIMES;
  },
  evaluer(contrat, contexte) {
    const lu = lireContratRemuneration(contrat);
    if ("statut" in lu) return [lu];
    if (lu.salaireEmbauche === undefined) {
      return [{ statut: "indetermine", message: "Le salaire brut d'embauche n'est pas renseigné.", manquants: ["contrat.salaireEmbauche"], details: {} }];
    }
    const legale = remunerationLegale(lu.entree, contexte);
    if (!("periodes" in legale)) return [legale];
    const declare = centimes(lu.salaireEmbauche);
    const premiere = lu.lignes[0];
    if (premiere === undefined) {
      const minimum = legale.periodes[0];
      if (minimum === undefined || declare + TOLERANCE_CENTIMES >= centimes(minimum.salaireBrut)) return [];
      return [
        {
          statut: "non_conforme",
          message: `Le salaire d'embauche (${lu.salaireEmbauche} €) est inférieur au salaire minimal légal de la première période (${minimum.salaireBrut} €, ${minimum.tauxMinimal} % du ${minimum.base}).`,
          details: { salaireEmbauche: lu.salaireEmbauche, attendu: minimum.salaireBrut, taux: minimum.tauxMinimal, base: minimum.base },
        },
      ];
    }
    if (premiere.typeSalaire === "SMC" && lu.entree.smc === undefined) {
      return [{ statut: "indetermine", message: "La première ligne est calculée sur le SMC, dont le montant n'est pas renseigné.", manquants: ["contrat.smc"], details: {} }];
    }
    const base = premiere.typeSalaire === "SMC" && lu.entree.smc !== undefined ? lu.entree.smc : legale.smic.mensuel;
    const attenduCentimes = montantSelonTaux(centimes(base), premiere.taux);
    if (Math.abs(declare - attenduCentimes) <= TOLERANCE_CENTIMES) return [];
    const attendu = attenduCentimes / 100;
    return [
      {
        statut: "non_conforme",
        message: `Le salaire d'embauche (${lu.salaireEmbauche} €) ne correspond pas à la première ligne de rémunération : ${premiere.taux} % de ${base} € (${premiere.typeSalaire ?? "SMIC"}) = ${attendu} €.`,
        details: { salaireEmbauche: lu.salaireEmbauche, attendu, taux: premiere.taux, base, typeSalaire: premiere.typeSalaire ?? "SMIC", smicDateEffet: legale.smic.dateEffet },
      },
    ];
  },
};
