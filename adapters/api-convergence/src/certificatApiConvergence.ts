import { versFormat } from "@communs-opco/adaptateur";
import type { Dossier } from "@communs-opco/schemas";
import type { FormeDate } from "./FormeDate.js";
import { tableCertificatApiConvergence } from "./tableCertificatApiConvergence.js";

/**
 * Options du certificat de réalisation : type (`Intermediaire` ou `Final`), numéro de
 * l'échéance certifiée (celle du certificat du dossier, sinon la première échéance), forme
 * des dates (`AAAA-MM-JJ` par défaut).
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
 * dossier standard : `typeCertificat`, `numeroInterneDossier`, `numeroInterneFacture`
 * (première facture), signature (date, lieu, représentant légal du CFA), attestation de
 * conservation des pièces, nature de l'action (tirées du certificat du dossier de même type
 * et même échéance, `certificats[]`), `employeur.siret`, `apprenti {nom, prenom, nomUsage}`,
 * `organismeFormation.siret` et `echeance {numero, codification, duree, dateDebut, dateFin,
 * echeancePartielle}`. Les champs obligatoires sont vérifiés à part
 * ({@link verifierCertificatApiConvergence}).
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
  const type = options.typeCertificat === "Final" ? "FINAL" : "INTERMEDIAIRE";
  const candidats = (dossier.certificats ?? []).filter((c) => c.type === undefined || c.type === type);
  const certificat =
    (options.numeroEcheance === undefined ? undefined : candidats.find((c) => c.numeroEcheance === options.numeroEcheance)) ?? candidats.find((c) => options.numeroEcheance === undefined || c.numeroEcheance === undefined) ?? {};
  const numero = options.numeroEcheance ?? certificat.numeroEcheance;
  const echeances = dossier.financement?.echeances ?? [];
  const echeance = numero === undefined ? echeances[0] : echeances.find((e) => e.numero === numero);
  const facture = dossier.factures?.[0];
  const contrat = dossier.contrat;
  const extrait: Dossier = {
    ...(dossier.numeroInterne === undefined ? {} : { numeroInterne: dossier.numeroInterne }),
    contrat: {
      ...(contrat?.employeur?.siret === undefined ? {} : { employeur: { siret: contrat.employeur.siret } }),
      apprenti: {
        ...(contrat?.apprenti?.nom === undefined ? {} : { nom: contrat.apprenti.nom }),
        ...(contrat?.apprenti?.prenom === undefined ? {} : { prenom: contrat.apprenti.prenom }),
        ...(contrat?.apprenti?.nomUsage === undefined ? {} : { nomUsage: contrat.apprenti.nomUsage }),
      },
      ...(contrat?.organismeFormation?.siret === undefined ? {} : { organismeFormation: { siret: contrat.organismeFormation.siret } }),
    },
    certificats: [{ ...certificat, type, ...(echeance?.numero === undefined ? {} : { numeroEcheance: echeance.numero }) }],
    ...(facture?.numeroInterne === undefined ? {} : { factures: [{ numeroInterne: facture.numeroInterne }] }),
    ...(echeance === undefined ? {} : { financement: { echeances: [echeance] } }),
  };
  return versFormat(extrait, tableCertificatApiConvergence(options.formeDate ?? "date"));
}
