import { versFormat } from "@communs-opco/adaptateur";
import type { Dossier } from "@communs-opco/schemas";
import type { FormeDate } from "./FormeDate.js";
import { tableConventionApiConvergence } from "./tableConventionApiConvergence.js";

/**
 * Écrit la convention de formation (corps de `POST /v1/conventions`, §1.8 [S]) d'un
 * dossier standard : numéro de dossier, SIRET employeur, apprenti, dates, organisme,
 * formation, `couts` (coût total de la pédagogie, mobilité internationale, accompagnement
 * DROM depuis `convention` ; RQTH années 1 et 2, repas, nuitées, premier équipement depuis
 * `financement`), `mandatEmployeur`, `dateSignature` et les quatre `attestationConvention*`
 * (depuis `convention`). Dates en `AAAA-MM-JJ` par défaut (forme des exemples documentés).
 * Les champs obligatoires sont vérifiés à part ({@link verifierDepotApiConvergence}) ; le
 * PDF signé part par `POST /v1/documents`.
 *
 * @example
 * ```ts
 * conventionApiConvergence({ numeroInterne: "A-1", financement: { majorationsRqth: [{ annee: 1, montant: 4000 }] } });
 * // { numeroInterneDossier: "A-1", couts: { montantRQTHAnnee1: 4000 } }
 * // (extensions non reprises : l'écriture suit le contrat documenté)
 * ```
 */
export function conventionApiConvergence(dossier: Dossier, formeDate: FormeDate = "date"): Record<string, unknown> {
  const { extensions: _extensions, ...sansExtensions } = dossier;
  const contrat = sansExtensions.contrat === undefined ? undefined : (({ extensions: _e, ...reste }) => reste)(sansExtensions.contrat);
  const sortie = versFormat({ ...sansExtensions, ...(contrat === undefined ? {} : { contrat }) }, tableConventionApiConvergence(formeDate));
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
