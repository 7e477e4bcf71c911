import { Lecture, type ConstatRegle, type ContratAControler } from "@communs-opco/regles";
import type { CertificationReferentiel, Referentiel, ReponseReferentiel } from "../Referentiel";

/**
 * Certification visée par le contrat, lue au référentiel par son RNCP (sinon son CFD), ou le
 * constat `indetermine` qui nomme la donnée manquante.
 *
 * @example
 * ```ts
 * const c = await certificationDuContrat(contrat, referentiel);
 * if ("reponse" in c) console.log(c.code, c.reponse.statut);
 * ```
 */
export async function certificationDuContrat(
  contrat: ContratAControler,
  referentiel: Referentiel,
): Promise<{ code: string; chemin: string; reponse: ReponseReferentiel<CertificationReferentiel> } | { constat: ConstatRegle }> {
  const l = new Lecture(contrat);
  const rncp = l.texte("formation.rncp");
  const cfd = rncp === undefined ? l.texte("formation.codeDiplome") : undefined;
  const code = rncp ?? cfd;
  if (code === undefined) return { constat: l.indetermine("Vérification impossible : ni code RNCP ni code diplôme (formation.rncp, formation.codeDiplome).") };
  const chemin = rncp === undefined ? "formation.codeDiplome" : "formation.rncp";
  return { code, chemin, reponse: await referentiel.certification(code) };
}
