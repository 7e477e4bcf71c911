import type { Referentiel } from "@communs-opco/referentiels";

type ReponseNpec = Awaited<ReturnType<Referentiel["npec"]>>;
type ValeurNpec = Extract<ReponseNpec, { statut: "trouve" }>["valeur"];

/**
 * Réponse de {@link rechercherNpec} : le NPEC trouvé (valeur et source citée : nom, fichier,
 * ligne, date), ou le statut (`indetermine`, `indisponible`, `absent`…), la raison et un message
 * en français — la sortie `--json` de `opco npec` dans les deux cas.
 *
 * @example
 * ```ts
 * const r: ResultatNpec = { statut: "absent", rncp: "RNCP1", idcc: "0478", raison: "…", source: { nom: "…" }, message: "…" };
 * ```
 */
export type ResultatNpec =
  | { readonly statut: "trouve"; readonly valeur: ValeurNpec; readonly source: { nom: string; fichier: string; ligne: number; date: string | null } }
  | { readonly statut: Exclude<ReponseNpec["statut"], "trouve">; readonly rncp: string; readonly idcc: string; readonly raison: string; readonly source: unknown; readonly message: string };

/**
 * Cœur de `opco npec` (et de `GET /v1/npec`) : NPEC applicable à un contrat (RNCP, IDCC
 * normalisés, date de conclusion) dans un référentiel, avec un message français quand aucun
 * NPEC ne s'applique (indéterminé, référentiel incomplet, aucune valeur).
 *
 * @example
 * ```ts
 * const r = await rechercherNpec(new ReferentielHorsLigne(await chargerInstantaneEmbarque()), { rncp: "RNCP1002", idcc: "0478", date: "2024-09-01" });
 * if (r.statut === "trouve") r.valeur.npecAnnuel;
 * ```
 */
export async function rechercherNpec(referentiel: Pick<Referentiel, "npec">, criteres: { rncp: string; idcc: string; date: string }): Promise<ResultatNpec> {
  const { rncp, idcc, date } = criteres;
  const reponse = await referentiel.npec({ rncp, idcc, date });
  if (reponse.statut === "trouve") {
    const v = reponse.valeur;
    return { statut: "trouve", valeur: v, source: { nom: reponse.source.nom, fichier: v.source.fichier, ligne: v.source.ligne, date: reponse.source.date } };
  }
  const message =
    reponse.statut === "indetermine"
      ? `NPEC indéterminé au ${date} pour ${rncp} et l'IDCC ${idcc} : ${reponse.raison}`
      : reponse.statut === "indisponible"
        ? `NPEC non vérifiable au ${date} pour ${rncp} et l'IDCC ${idcc} (référentiel incomplet ou absent) : ${reponse.raison}`
        : `aucun NPEC applicable au ${date} pour ${rncp} et l'IDCC ${idcc} : ${reponse.raison}`;
  return { rncp, idcc, statut: reponse.statut, raison: reponse.raison, source: reponse.source, message };
}
