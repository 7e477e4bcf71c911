import type { ReferenceJuridique } from "@communs-opco/parametres";
import { documentationControle } from "@communs-opco/regles";

/**
 * Référence d'une vérification avant paiement : la section « Vérifications avant paiement » de
 * `docs/controles.md` (dans le dépôt du projet), qui renvoie au détail de chaque vérification.
 *
 * @example
 * ```ts
 * referencePrepaiement("PP-QUALIOPI").titre;
 * // "Communs OPCO, docs/controles.md, « Vérifications avant paiement » (PP-QUALIOPI)"
 * ```
 */
export function referencePrepaiement(id: string): ReferenceJuridique {
  return documentationControle("avant-paiement", id);
}
