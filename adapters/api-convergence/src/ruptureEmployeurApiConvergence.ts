import type { Dossier } from "@communs-opco/schemas";
import { ecrireDateApiConvergence } from "./ecrireDateApiConvergence.js";
import type { FormeDate } from "./FormeDate.js";

/**
 * Écrit la déclaration de rupture par l'employeur (corps de
 * `POST /v2/dossiers/rupture/employeur`, `opco-echanges.md` §1.3 [S]) depuis le dossier
 * standard : `numeroInterneDossier`, `numeroExterneDossier`, `numeroDeca`, `dateRupture`
 * (`rupture.dateEffet`, à défaut `contrat.contrat.dateRupture`), `motifRupture`
 * (`rupture.codeMotif`, texte opaque), `commentaireRupture` et `dateSignalement`. Le corps
 * exact n'est pas publié : ces noms suivent ceux du dossier et de DECA [I]. Les dates sont
 * écrites dans la forme de l'OPCO (`AAAA-MM-JJ` par défaut).
 *
 * @example
 * ```ts
 * ruptureEmployeurApiConvergence({ numeroInterne: "A-1", rupture: { dateEffet: "2025-12-15", codeMotif: "03" } });
 * // { numeroInterneDossier: "A-1", dateRupture: "2025-12-15", motifRupture: "03" }
 * ```
 */
export function ruptureEmployeurApiConvergence(dossier: Dossier, formeDate: FormeDate = "date"): Record<string, unknown> {
  const rupture = dossier.rupture;
  const date = rupture?.dateEffet ?? dossier.contrat?.contrat?.dateRupture;
  const corps: Record<string, unknown> = {};
  if (dossier.numeroInterne !== undefined) corps["numeroInterneDossier"] = dossier.numeroInterne;
  if (dossier.numeroExterne !== undefined) corps["numeroExterneDossier"] = dossier.numeroExterne;
  if (dossier.numeroDeca !== undefined) corps["numeroDeca"] = dossier.numeroDeca;
  if (date !== undefined) corps["dateRupture"] = ecrireDateApiConvergence(date, formeDate);
  if (rupture?.codeMotif !== undefined) corps["motifRupture"] = rupture.codeMotif;
  if (rupture?.commentaire !== undefined) corps["commentaireRupture"] = rupture.commentaire;
  if (rupture?.dateSignalement !== undefined) corps["dateSignalement"] = ecrireDateApiConvergence(rupture.dateSignalement, formeDate);
  return corps;
}
