import { attendreEtapes, type ConstatRegle, type ContratAControler } from "@communs-opco/regles";
import type { ReponseReferentiel, SourceReponse } from "../Referentiel";
import { etapesFormationsDuResponsable } from "./etapesFormationsDuResponsable";
import type { FormationCatalogue } from "./FormationCatalogue";
import type { PortFormations } from "./PortFormations";

/**
 * Formations du catalogue qui préparent le RNCP du contrat chez son CFA responsable (SIRET), ou
 * le constat qui empêche de conclure (donnée manquante, catalogue indisponible). `formations` est
 * vide quand le catalogue ne connaît aucune offre de ce CFA pour ce RNCP (étapes :
 * {@link etapesFormationsDuResponsable}).
 *
 * @example
 * ```ts
 * const r = await formationsDuResponsable(contrat, formations);
 * if ("formations" in r) console.log(r.formations.length);
 * ```
 */
export function formationsDuResponsable(
  contrat: ContratAControler,
  port: PortFormations,
): Promise<{ rncp: string; siret: string; formations: FormationCatalogue[]; toutes: FormationCatalogue[]; source: SourceReponse } | { constat: ConstatRegle; reponse?: ReponseReferentiel<unknown> }> {
  return attendreEtapes(etapesFormationsDuResponsable(contrat), { formations: port });
}
