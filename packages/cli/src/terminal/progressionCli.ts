import type { ContexteCli } from "../ContexteCli";
import { Progression } from "./Progression";

/**
 * {@link Progression} d'une commande longue branchée sur la sortie d'erreur du contexte de la CLI :
 * affichée seulement si cette sortie est un terminal (`sortieErreurInteractive`), bornée à sa
 * largeur (`colonnesErreur`), écrite par `ecrireErreurBrute` (séquences de la CLI, jamais une donnée
 * lue) ; `actif` faux (option `--silencieux`) la désactive.
 *
 * @example
 * ```ts
 * const progression = progressionCli(contexte, "Conversion", values.silencieux !== true);
 * for (const e of enregistrements) progression.avancer();
 * progression.terminer();
 * ```
 */
export function progressionCli(contexte: ContexteCli, libelle: string, actif: boolean): Progression {
  return new Progression({
    flux: {
      isTTY: contexte.sortieErreurInteractive === true,
      columns: contexte.colonnesErreur,
      write: (texte: string) => (contexte.ecrireErreurBrute ?? contexte.ecrireErreur).call(contexte, texte),
    },
    libelle,
    actif,
  });
}
