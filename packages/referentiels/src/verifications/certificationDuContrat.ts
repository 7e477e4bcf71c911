import { attendreEtapes, type ConstatRegle, type ContratAControler } from "@communs-opco/regles";
import type { CertificationReferentiel, Referentiel, ReponseReferentiel } from "../Referentiel";
import { etapesCertificationDuContrat } from "./etapesCertificationDuContrat";

/**
 * Certification visée par le contrat, lue au référentiel par son RNCP (sinon son CFD), ou le
 * constat `indetermine` qui nomme la donnée manquante (étapes : {@link etapesCertificationDuContrat}).
 *
 * @example
 * ```ts
 * const c = await certificationDuContrat(contrat, referentiel);
 * if ("reponse" in c) console.log(c.code, c.reponse.statut);
 * ```
 */
export function certificationDuContrat(
  contrat: ContratAControler,
  referentiel: Referentiel,
): Promise<{ code: string; chemin: string; reponse: ReponseReferentiel<CertificationReferentiel> } | { constat: ConstatRegle }> {
  return attendreEtapes(etapesCertificationDuContrat(contrat), { referentiel });
}
