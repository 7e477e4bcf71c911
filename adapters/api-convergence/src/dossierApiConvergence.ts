import { cheminsNonTransportes, estObjet, versFormat } from "@communs-opco/adaptateur";
import type { Dossier } from "@communs-opco/schemas";
import { CHAMPS_ECHEANCE, CHAMPS_FRAIS_ANNEXE } from "./echeancesApiConvergence.js";
import { etatApiConvergence } from "./etatApiConvergence.js";
import type { FormeDate } from "./FormeDate.js";
import { tableDossierApiConvergence } from "./tableDossierApiConvergence.js";
import type { VersionProtocole } from "./VersionProtocole.js";

/**
 * Options d'écriture vers l'API Convergence : version du protocole (`v2` par défaut)
 * et forme des horodatages (`Z` par défaut).
 *
 * @example
 * ```ts
 * const o: OptionsEcritureApiConvergence = { version: "v1", formeDate: "+0000" };
 * ```
 */
export interface OptionsEcritureApiConvergence {
  readonly version?: VersionProtocole;
  readonly formeDate?: FormeDate;
}

/** Place une liste écrite, en y reportant les champs inconnus d'origine conservés en extension (`/echeances/0/x`). */
function fusionnerListe(sortie: Record<string, unknown>, cle: string, liste: Record<string, unknown>[] | undefined): void {
  if (liste === undefined) return;
  const restaures = sortie[cle];
  if (estObjet(restaures)) {
    for (const [indice, champs] of Object.entries(restaures)) {
      const element = liste[Number(indice)];
      if (element !== undefined && estObjet(champs)) for (const [k, v] of Object.entries(champs)) if (!(k in element)) element[k] = v;
    }
  }
  sortie[cle] = liste;
}

/**
 * Écrit un dossier standard en détail de dossier API Convergence (corps de
 * `POST /v1/dossiers` ou `POST /v2/dossiers`) : bloc `cerfa` (avec `employeur` en v1,
 * `employeurV2` en v2), `engagement`, `echeances`, `engagementsFraisAnnexe`,
 * `detailsFacturation`. Les extensions `api-convergence:/…` reçues sont remises en place.
 *
 * @example
 * ```ts
 * dossierApiConvergence({ numeroInterne: "A-1", etat: "ROMPU" }, { version: "v1" });
 * // { cerfa: { numeroInterne: "A-1", etat: "RUPTU" } }
 * ```
 */
export function dossierApiConvergence(dossier: Dossier, options: OptionsEcritureApiConvergence = {}): Record<string, unknown> {
  const version = options.version ?? "v2";
  const forme = options.formeDate ?? "Z";
  const sortie = versFormat(dossier, tableDossierApiConvergence(version, forme));
  fusionnerListe(sortie, "echeances", CHAMPS_ECHEANCE.ecrire(dossier.financement?.echeances, forme));
  fusionnerListe(sortie, "engagementsFraisAnnexe", CHAMPS_FRAIS_ANNEXE.ecrire(dossier.financement?.fraisAnnexes, forme));
  return sortie;
}

/**
 * Chemins standard d'un dossier que l'écriture API Convergence ne transporte pas
 * (perdus dans le sens standard → API), y compris un état sans code API.
 *
 * @example
 * ```ts
 * pertesApiConvergence({ etat: "DEPOSE", dateFinReelle: "2026-06-30" }); // ["dateFinReelle", "etat"]
 * ```
 */
export function pertesApiConvergence(dossier: Dossier, version: VersionProtocole = "v2"): string[] {
  const couverts: string[] = [];
  (dossier.financement?.echeances ?? []).forEach((_, i) =>
    CHAMPS_ECHEANCE.champs.forEach((c) => couverts.push(`financement.echeances.${i}.${c.standard}`)),
  );
  (dossier.financement?.fraisAnnexes ?? []).forEach((_, i) =>
    CHAMPS_FRAIS_ANNEXE.champs.forEach((c) => couverts.push(`financement.fraisAnnexes.${i}.${c.standard}`)),
  );
  const pertes = cheminsNonTransportes(dossier, tableDossierApiConvergence(version), couverts);
  if (dossier.etat !== undefined && etatApiConvergence(dossier.etat) === undefined) pertes.push("etat");
  return pertes.sort();
}
