import { versFormat } from "@communs-opco/adaptateur";
import type { Dossier } from "@communs-opco/schemas";
import type { FormeDate } from "./FormeDate.js";
import { tableCertificatApiConvergence } from "./tableCertificatApiConvergence.js";

/**
 * Options du certificat de réalisation : type (`Intermediaire` ou `Final`), numéro de
 * l'échéance certifiée (la première du dossier par défaut), forme des dates.
 *
 * @example
 * ```ts
 * const o: OptionsCertificat = { typeCertificat: "Final", numeroEcheance: 4 };
 * ```
 */
export interface OptionsCertificat {
  readonly typeCertificat: "Intermediaire" | "Final";
  readonly numeroEcheance?: number;
  readonly formeDate?: FormeDate;
}

/**
 * Écrit le certificat de réalisation (corps de `POST /v2/certificats`, §1.8 [S]) d'un
 * dossier standard pour une échéance : `typeCertificat`, `numeroInterneDossier`,
 * `numeroInterneFacture` (première facture du dossier) et `echeance {numero,
 * codification, dateDebut, dateFin}`.
 *
 * @example
 * ```ts
 * certificatApiConvergence(
 *   { numeroInterne: "A-1", financement: { echeances: [{ numero: 1, codification: "A3", dateDebut: "2025-09-01", dateFin: "2026-08-31" }] } },
 *   { typeCertificat: "Final" },
 * );
 * ```
 */
export function certificatApiConvergence(dossier: Dossier, options: OptionsCertificat): Record<string, unknown> {
  const echeances = dossier.financement?.echeances ?? [];
  const echeance = options.numeroEcheance === undefined ? echeances[0] : echeances.find((e) => e.numero === options.numeroEcheance);
  const facture = dossier.factures?.[0];
  const extrait: Dossier = {
    ...(dossier.numeroInterne === undefined ? {} : { numeroInterne: dossier.numeroInterne }),
    ...(facture?.numeroInterne === undefined ? {} : { factures: [{ numeroInterne: facture.numeroInterne }] }),
    ...(echeance === undefined ? {} : { financement: { echeances: [echeance] } }),
    ...(dossier.extensions === undefined ? {} : { extensions: dossier.extensions }),
  };
  return { typeCertificat: options.typeCertificat, ...versFormat(extrait, tableCertificatApiConvergence(options.formeDate ?? "Z")) };
}
