import { versFormat } from "@communs-opco/adaptateur";
import type { Facture } from "@communs-opco/schemas";
import { tableEtatFactureApiConvergence } from "./tableEtatFactureApiConvergence.js";

/**
 * Écrit une facture standard avec les noms de champs de l'API Convergence
 * (`numeroInterneFacture`, `referenceFactureCFA`, `montantFacture`, `etatFacture`,
 * `organismeFormation.siret`, `dossiers[]`…), tels que les renvoie
 * `GET /v2/factures/etats` (§1.7) ; le corps exact de `POST /v1/factures` n'est pas
 * publié [S].
 *
 * @example
 * ```ts
 * factureApiConvergence({ referenceCfa: "FAC-1", montant: 3798.8, affectations: [{ numeroInterneDossier: "A-1", montant: 3798.8 }] });
 * // { referenceFactureCFA: "FAC-1", montantFacture: 3798.8, dossiers: [{ numeroInterneDossier: "A-1", montant: 3798.8 }] }
 * ```
 */
export function factureApiConvergence(facture: Facture): Record<string, unknown> {
  return versFormat({ factures: [facture] }, tableEtatFactureApiConvergence);
}
