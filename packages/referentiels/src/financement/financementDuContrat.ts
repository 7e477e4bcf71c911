import { estDateIso, Lecture } from "@communs-opco/regles";
import type { Referentiel } from "../Referentiel";
import { calculerEcheancier } from "./calculerEcheancier";
import type { Echeancier } from "./Echeancier";
import type { EntreeFinancement } from "./EntreeFinancement";

/**
 * Compléments d'un contrat pour son financement, quand le contrat standard ne les porte pas :
 * NPEC déjà connu (sinon cherché au référentiel), niveau de la certification (sinon celui du
 * référentiel), rupture, RQTH, frais annexes.
 *
 * @example
 * ```ts
 * const o: OptionsFinancementContrat = { npecAnnuel: 9497, fraisAnnexes: { premierEquipement: 500 } };
 * ```
 */
export interface OptionsFinancementContrat {
  npecAnnuel?: number;
  niveauCertification?: string | null;
  dateRupture?: string;
  nouveauContratApresRupture?: boolean;
  rqth?: EntreeFinancement["rqth"];
  fraisAnnexes?: EntreeFinancement["fraisAnnexes"];
}

/**
 * Financement d'un contrat : calculé (entrée, échéancier et provenance du NPEC) ou indéterminé
 * (raisons en français et chemins manquants). Jamais de montant par défaut : un NPEC introuvable
 * laisse le financement indéterminé.
 *
 * @example
 * ```ts
 * if (f.statut === "calcule") console.log(f.echeancier.totalDuCentimes, f.npec.origine);
 * else console.log(f.raisons.join(" ; "));
 * ```
 */
export type FinancementDuContrat =
  | { statut: "calcule"; entree: EntreeFinancement; echeancier: Echeancier; npec: { annuel: number; origine: string } }
  | { statut: "indetermine"; raisons: string[]; manquants: string[] };

/**
 * Calcule le financement (échéancier de prise en charge) d'un contrat au format standard : dates
 * de conclusion (`contrat.dateSignature`), de début et de fin, rupture éventuelle
 * (`contrat.dateRupture`, dernier jour exécuté), NPEC applicable à la date de conclusion pour la certification
 * (`formation.rncp` ou `formation.codeDiplome`) et l'IDCC de l'employeur (`employeur.codeIdcc`),
 * niveau de la certification pour la participation de l'employeur. Ne lève pas et ne lit pas
 * l'horloge.
 *
 * @example
 * ```ts
 * const referentiel = new ReferentielHorsLigne(await chargerInstantaneEmbarque());
 * const f = await financementDuContrat(contrat, referentiel);
 * if (f.statut === "calcule") console.log(formaterEuros(f.echeancier.totalDuCentimes));
 * ```
 */
export async function financementDuContrat(
  contrat: unknown,
  referentiel: Pick<Referentiel, "npec" | "certification">,
  options: OptionsFinancementContrat = {},
): Promise<FinancementDuContrat> {
  const l = new Lecture(contrat);
  const raisons: string[] = [];
  const dateConclusion = l.date("contrat.dateSignature");
  const dateDebut = l.date("contrat.dateDebutContrat");
  const dateFin = l.date("contrat.dateFinContrat");
  const rncp = l.texte("formation.rncp");
  const cfd = l.texte("formation.codeDiplome");
  const idcc = l.texte("employeur.codeIdcc");
  const dates = { "contrat.dateSignature": dateConclusion, "contrat.dateDebutContrat": dateDebut, "contrat.dateFinContrat": dateFin };
  if (dateConclusion === undefined || dateDebut === undefined || dateFin === undefined) {
    const manquants = Object.entries(dates).filter(([, v]) => v === undefined).map(([chemin]) => chemin);
    return { statut: "indetermine", raisons: [`date absente ou invalide dans le contrat : ${manquants.join(", ")}`], manquants };
  }
  const dateRupture = options.dateRupture ?? l.date("contrat.dateRupture");
  if (dateRupture !== undefined && !estDateIso(dateRupture)) raisons.push(`date de rupture invalide : « ${dateRupture} »`);
  let npec = options.npecAnnuel === undefined ? undefined : { annuel: options.npecAnnuel, origine: "fourni" };
  if (npec !== undefined && !(Number.isFinite(npec.annuel) && npec.annuel >= 0)) {
    raisons.push(`NPEC fourni invalide (${String(npec.annuel)}) : nombre positif attendu`);
    npec = undefined;
  }
  const certification = rncp ?? cfd;
  if (npec === undefined && raisons.length === 0) {
    if (certification === undefined || idcc === undefined) {
      const absents = [...(certification === undefined ? ["formation.rncp ou formation.codeDiplome"] : []), ...(idcc === undefined ? ["employeur.codeIdcc"] : [])];
      return { statut: "indetermine", raisons: [`NPEC absent et non cherché : ${absents.join(" et ")} manquant`], manquants: absents };
    }
    const r = await referentiel.npec({ ...(rncp === undefined ? {} : { rncp }), ...(cfd === undefined ? {} : { cfd }), idcc, date: dateConclusion });
    if (r.statut === "trouve") {
      npec = { annuel: r.valeur.npecAnnuel, origine: `${r.source.nom}, ${r.valeur.source.fichier} (applicable depuis le ${r.valeur.dateApplicabilite}, CPNE ${r.valeur.cpne.code ?? "?"})` };
    } else {
      raisons.push(`NPEC ${r.statut === "absent" ? "introuvable" : r.statut === "indisponible" ? "non vérifiable" : "indéterminé"} pour ${certification} et l'IDCC ${idcc} au ${dateConclusion} : ${r.raison}`);
    }
  }
  if (raisons.length > 0 || npec === undefined) return { statut: "indetermine", raisons, manquants: [] };
  let niveau = options.niveauCertification;
  if (niveau === undefined && certification !== undefined) {
    const c = await referentiel.certification(certification);
    niveau = c.statut === "trouve" ? c.valeur.niveau : null;
  }
  const entree: EntreeFinancement = {
    dateConclusion,
    dateDebutContrat: dateDebut,
    dateFinContrat: dateFin,
    ...(dateRupture === undefined ? {} : { dateRupture }),
    npecAnnuel: npec.annuel,
    niveauCertification: niveau ?? null,
    ...(options.nouveauContratApresRupture === true ? { nouveauContratApresRupture: true } : {}),
    ...(options.rqth === undefined ? {} : { rqth: options.rqth }),
    ...(options.fraisAnnexes === undefined ? {} : { fraisAnnexes: options.fraisAnnexes }),
  };
  const echeancier = calculerEcheancier(entree);
  if (echeancier.echeances.length === 0 && echeancier.indeterminations.length > 0) return { statut: "indetermine", raisons: echeancier.indeterminations, manquants: [] };
  return { statut: "calcule", entree, echeancier, npec };
}
