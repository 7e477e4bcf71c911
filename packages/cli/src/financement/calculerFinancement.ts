import {
  detecterIndus,
  financementDuContrat,
  type Echeancier,
  type OptionsFinancementContrat,
  type Paiement,
  type Referentiel,
  type ResultatIndus,
} from "@communs-opco/referentiels";
import type { SourceEnregistrement } from "../controle/SourceEnregistrement";

/**
 * Résultat du financement d'un enregistrement (sortie `--json` de `opco financement`, montants en centimes).
 *
 * @example
 * ```ts
 * const r: ResultatFinancement = { index: 1, source: { fichier: "a.jsonl", ligne: 1 }, statut: "invalide", raisons: ["date manquante"] };
 * ```
 */
export interface ResultatFinancement {
  index: number;
  source: SourceEnregistrement;
  id?: string;
  statut: "calcule" | "invalide" | "illisible";
  raisons: string[];
  npec?: { annuel: number; origine: string };
  echeancier?: Echeancier;
  indus?: ResultatIndus;
}

function objet(v: unknown): Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

function texte(v: unknown): string | undefined {
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
}

/**
 * Cœur de `opco financement` (et de `POST /v1/financement`) : échéancier de prise en charge
 * (NPEC fourni ou cherché dans le référentiel) et indus d'un enregistrement, à la date
 * d'évaluation des paiements. Ne lève pas : un enregistrement inexploitable est « invalide » avec ses raisons.
 *
 * @example
 * ```ts
 * const r = await calculerFinancement({ contrat, npec: 9497 }, 1, { fichier: "requête", ligne: 1 }, "2026-11-26", referentiel);
 * ```
 */
export async function calculerFinancement(
  valeur: unknown,
  index: number,
  source: SourceEnregistrement,
  dateEvaluation: string,
  referentiel: Pick<Referentiel, "npec" | "certification">,
): Promise<ResultatFinancement> {
  const e = objet(valeur);
  const c = objet(e["contrat"]);
  const dc = objet(c["contrat"]);
  const id = texte(e["id"]);
  const base = { index, source, ...(id === undefined ? {} : { id }) };
  if (typeof valeur !== "object" || valeur === null || Array.isArray(valeur)) return { ...base, statut: "invalide", raisons: ["l'enregistrement n'est pas un objet JSON"] };
  const npecFourni = e["npec"];
  if (npecFourni !== undefined && !(typeof npecFourni === "number" && Number.isFinite(npecFourni) && npecFourni >= 0)) {
    return { ...base, statut: "invalide", raisons: [`npec invalide (${JSON.stringify(npecFourni)}) : nombre positif attendu`] };
  }
  // Alias acceptés en entrée : dateConclusion pour dateSignature, date de rupture à plusieurs endroits.
  const contrat = { ...c, contrat: { ...dc, dateSignature: dc["dateSignature"] ?? dc["dateConclusion"] } };
  const dateRupture = texte(e["dateRupture"]) ?? texte(dc["dateRupture"]) ?? texte(dc["dateEffetRupture"]) ?? texte(objet(c["rupture"])["dateEffet"]);
  const niveau = texte(e["niveauCertification"]);
  const rqth = objet(e["rqth"]);
  const montantsRqth = Array.isArray(rqth["montantsAnnuels"]) ? rqth["montantsAnnuels"].filter((x): x is number => typeof x === "number" && Number.isFinite(x)) : undefined;
  const f = await financementDuContrat(contrat, referentiel, {
    ...(typeof npecFourni === "number" ? { npecAnnuel: npecFourni } : {}),
    ...(niveau === undefined ? {} : { niveauCertification: niveau }),
    ...(dateRupture === undefined ? {} : { dateRupture }),
    ...(e["nouveauContratApresRupture"] === true ? { nouveauContratApresRupture: true } : {}),
    ...(montantsRqth === undefined ? {} : { rqth: { montantsAnnuels: montantsRqth, abandonFormationApresRupture: rqth["abandonFormationApresRupture"] === true } }),
    ...(e["fraisAnnexes"] === undefined ? {} : { fraisAnnexes: objet(e["fraisAnnexes"]) as NonNullable<OptionsFinancementContrat["fraisAnnexes"]> }),
  });
  if (f.statut !== "calcule") return { ...base, statut: "invalide", raisons: f.raisons };
  const { echeancier, npec } = f;
  const raisons: string[] = [];
  const paiements = Array.isArray(e["paiements"]) ? (e["paiements"] as Paiement[]) : undefined;
  if (e["paiements"] !== undefined && paiements === undefined) raisons.push("paiements ignorés : tableau attendu");
  const indus = paiements === undefined ? undefined : detecterIndus(echeancier, paiements, { dateEvaluation, dateJustificatifs: texte(e["dateJustificatifs"]) ?? null });
  return { ...base, statut: "calcule", raisons: [...raisons, ...echeancier.indeterminations], npec, echeancier, ...(indus === undefined ? {} : { indus }) };
}

