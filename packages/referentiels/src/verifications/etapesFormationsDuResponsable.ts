import { consulter, Lecture, type ConstatRegle, type ContratAControler, type EtapesRegle } from "@communs-opco/regles";
import type { ReponseReferentiel, SourceReponse } from "../Referentiel";
import type { FormationCatalogue } from "./FormationCatalogue";
import { sansConclusion } from "./sansConclusion";

/**
 * Étapes de {@link formationsDuResponsable} : formations du catalogue (port `formations`) qui
 * préparent le RNCP du contrat chez son CFA responsable (SIRET), ou le constat qui empêche de conclure.
 *
 * @example
 * ```ts
 * const r = yield* etapesFormationsDuResponsable(contrat);
 * if ("formations" in r) console.log(r.formations.length);
 * ```
 */
export function* etapesFormationsDuResponsable(
  contrat: ContratAControler,
): EtapesRegle<{ rncp: string; siret: string; formations: FormationCatalogue[]; toutes: FormationCatalogue[]; source: SourceReponse } | { constat: ConstatRegle; reponse?: ReponseReferentiel<unknown> }> {
  const l = new Lecture(contrat);
  const rncpBrut = l.texte("formation.rncp");
  const siret = l.texte("organismeFormation.siret");
  if (rncpBrut === undefined || siret === undefined) return { constat: l.indetermine() };
  const rncp = rncpBrut.replace(/[\s.-]/g, "").toUpperCase().replace(/^(?!RNCP)/, "RNCP");
  const r = yield* consulter<ReponseReferentiel<FormationCatalogue[]>>("formations", "rechercher", { rncp });
  if (r.statut === "absent") return { rncp, siret, formations: [], toutes: [], source: r.source };
  if (r.statut !== "trouve") {
    const c = sansConclusion("formation.rncp", `l'offre de formation ${rncp}`, r);
    return { constat: { ...c, manquants: [`ports.formations:${r.source.nom}`] }, reponse: r };
  }
  return { rncp, siret, formations: r.valeur.filter((f) => f.responsable.siret === siret), toutes: r.valeur, source: r.source };
}
