import { Lecture, type ConstatRegle, type ContratAControler, type EtapesRegle } from "@communs-opco/regles";
import type { CertificationReferentiel, ReponseReferentiel } from "../Referentiel";
import { consulterReferentiel } from "./consulterReferentiel";

/**
 * Étapes de {@link certificationDuContrat} : certification visée par le contrat, lue au port
 * `referentiel` par son RNCP (sinon son CFD), ou le constat `indetermine` qui nomme la donnée manquante.
 *
 * @example
 * ```ts
 * const c = yield* etapesCertificationDuContrat(contrat);
 * if ("reponse" in c) console.log(c.code, c.reponse.statut);
 * ```
 */
export function* etapesCertificationDuContrat(
  contrat: ContratAControler,
): EtapesRegle<{ code: string; chemin: string; reponse: ReponseReferentiel<CertificationReferentiel> } | { constat: ConstatRegle }> {
  const l = new Lecture(contrat);
  const rncp = l.texte("formation.rncp");
  const cfd = rncp === undefined ? l.texte("formation.codeDiplome") : undefined;
  const code = rncp ?? cfd;
  if (code === undefined) return { constat: l.indetermine("Vérification impossible : ni code RNCP ni code diplôme (formation.rncp, formation.codeDiplome).") };
  const chemin = rncp === undefined ? "formation.codeDiplome" : "formation.rncp";
  return { code, chemin, reponse: yield* consulterReferentiel("certification", code) };
}
