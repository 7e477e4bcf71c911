import { versFormat } from "@communs-opco/adaptateur";
import type { Dossier } from "@communs-opco/schemas";
import type { FormeDate } from "./FormeDate.js";
import { tableConventionApiConvergence } from "./tableConventionApiConvergence.js";

/**
 * Écrit la convention de formation (corps de `POST /v1/conventions`, §1.8 [S]) d'un
 * dossier standard : numéro de dossier, SIRET employeur, apprenti, dates, organisme,
 * formation, et `couts` (RQTH années 1 et 2, repas, nuitées, premier équipement) tirés
 * de `financement`. Les autres champs de convention reçus (`coutTotalPedagogieCFA`,
 * `mandatEmployeur`, attestations, PDF…) sont repris depuis les extensions.
 *
 * @example
 * ```ts
 * conventionApiConvergence({ numeroInterne: "A-1", financement: { majorationsRqth: [{ annee: 1, montant: 4000 }] } });
 * // { numeroInterneDossier: "A-1", couts: { montantRQTHAnnee1: 4000 } }
 * ```
 */
export function conventionApiConvergence(dossier: Dossier, formeDate: FormeDate = "Z"): Record<string, unknown> {
  const sortie = versFormat(dossier, tableConventionApiConvergence(formeDate));
  const couts: Record<string, unknown> = typeof sortie["couts"] === "object" && sortie["couts"] !== null ? { ...(sortie["couts"] as Record<string, unknown>) } : {};
  for (const m of dossier.financement?.majorationsRqth ?? []) {
    if (m.annee === 1 || m.annee === 2) couts[`montantRQTHAnnee${m.annee}`] = m.montant;
  }
  for (const f of dossier.financement?.fraisAnnexes ?? []) {
    if (f.nature === "RESTAURATION" && f.quantite !== undefined) couts["nombreRepasTotaux"] = f.quantite;
    if (f.nature === "HEBERGEMENT" && f.quantite !== undefined) couts["nombreHebergementTotaux"] = f.quantite;
    if (f.nature === "PREMIER_EQUIPEMENT" && f.montantTotal !== undefined) couts["montantPremierEquipement"] = f.montantTotal;
  }
  if (Object.keys(couts).length > 0) sortie["couts"] = couts;
  return sortie;
}
