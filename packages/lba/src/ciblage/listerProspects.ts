import { normaliserCodeDepartement, opcoParIdcc, resoudreOpco, type SlugOpco } from "@communs-opco/nomenclatures";
import type { EtablissementHistorique } from "./EtablissementHistorique";
import type { ExplicationScore, ScoreEtablissement } from "./ScoreEtablissement";

/**
 * Critères d'une liste de prospects d'un OPCO.
 *
 * @example
 * ```ts
 * const criteres: CriteresProspects = { opco: "akto", departement: "69", rome: "G1602" };
 * ```
 */
export interface CriteresProspects {
  readonly opco: SlugOpco;
  readonly departement?: string;
  readonly rome?: string;
  /** SIRET explicitement rattachés à l'OPCO (adhérents connus), en plus du rattachement par IDCC. */
  readonly sirets?: readonly string[];
  /** Garder aussi les établissements notés sous le seuil « bonne boîte ». @default false */
  readonly inclureSousSeuil?: boolean;
}

/**
 * Établissement proposé à un OPCO : identité, rattachement au périmètre, score et explication.
 *
 * @example
 * ```ts
 * const ligne = (p: Prospect) => `${p.siret} ${p.score.toFixed(1)} (${p.rattachement})`;
 * ```
 */
export interface Prospect {
  readonly siret: string;
  readonly raisonSociale?: string;
  readonly departement: string;
  readonly idcc?: string;
  readonly romes: readonly string[];
  /** Comment l'établissement entre dans le périmètre : SIRET listé, IDCC (table IDCC → OPCO) ou OPCO déclaré. */
  readonly rattachement: "siret" | "idcc" | "declare";
  readonly score: number;
  readonly bonneBoite: boolean;
  readonly explication: ExplicationScore;
}

/**
 * Liste de prospects d'un OPCO, avec les comptes de chaque étape (périmètre → filtres → notés → retenus).
 *
 * @example
 * ```ts
 * const resume = (l: ListeProspects) => `${l.prospects.length} / ${l.comptes.perimetre}`;
 * ```
 */
export interface ListeProspects {
  readonly criteres: CriteresProspects;
  readonly prospects: readonly Prospect[];
  readonly comptes: {
    /** Établissements du périmètre de l'OPCO. */
    readonly perimetre: number;
    /** Après filtres de département et de ROME. */
    readonly filtres: number;
    /** Notés (les autres sont exclus ou indéterminés). */
    readonly notes: number;
    readonly exclus: number;
    readonly indetermines: number;
    /** Notés sous le seuil (écartés sauf `inclureSousSeuil`). */
    readonly sousSeuil: number;
  };
}

function rattachement(etablissement: EtablissementHistorique, criteres: CriteresProspects, sirets: ReadonlySet<string>): Prospect["rattachement"] | undefined {
  if (sirets.has(etablissement.siret)) return "siret";
  if (etablissement.idcc !== undefined && opcoParIdcc(etablissement.idcc)?.slug === criteres.opco) return "idcc";
  if (etablissement.opco !== undefined && resoudreOpco(etablissement.opco)?.slug === criteres.opco) return "declare";
  return undefined;
}

/**
 * Liste de prospects d'un OPCO : établissements de son périmètre (SIRET listés, IDCC rattaché à
 * l'OPCO, ou OPCO déclaré), filtrés par département et code ROME, notés « bonne boîte » (score ≥
 * seuil) sauf demande contraire, triés par score décroissant puis SIRET, chacun avec l'explication
 * de son score. Un SIRET sans score dans `scores` compte comme indéterminé.
 *
 * @example
 * ```ts
 * const historique = genererHistoriqueSynthetique({ graine: 1, dateReference: "2026-07-01" });
 * const { scores } = calculerScores(historique, { dateReference: "2026-07-01" });
 * const liste = listerProspects(historique, scores, { opco: "akto", departement: "69" });
 * ```
 */
export function listerProspects(
  etablissements: readonly EtablissementHistorique[],
  scores: readonly ScoreEtablissement[],
  criteres: CriteresProspects,
): ListeProspects {
  const sirets = new Set(criteres.sirets ?? []);
  const parSiret = new Map(scores.map((s) => [s.siret, s]));
  const departement = criteres.departement === undefined ? undefined : normaliserCodeDepartement(criteres.departement);
  const rome = criteres.rome?.trim().toUpperCase();
  let perimetre = 0;
  let filtres = 0;
  let exclus = 0;
  let indetermines = 0;
  let notes = 0;
  let sousSeuil = 0;
  const prospects: Prospect[] = [];
  for (const etablissement of etablissements) {
    const lien = rattachement(etablissement, criteres, sirets);
    if (lien === undefined) continue;
    perimetre += 1;
    if (departement !== undefined && normaliserCodeDepartement(etablissement.departement) !== departement) continue;
    if (rome !== undefined && !etablissement.romes.includes(rome)) continue;
    filtres += 1;
    const score = parSiret.get(etablissement.siret);
    if (score === undefined || score.statut === "indetermine") {
      indetermines += 1;
      continue;
    }
    if (score.statut === "exclu") {
      exclus += 1;
      continue;
    }
    notes += 1;
    if (!score.bonneBoite) {
      sousSeuil += 1;
      if (criteres.inclureSousSeuil !== true) continue;
    }
    prospects.push({
      siret: etablissement.siret,
      ...(etablissement.raisonSociale === undefined ? {} : { raisonSociale: etablissement.raisonSociale }),
      departement: normaliserCodeDepartement(etablissement.departement),
      ...(etablissement.idcc === undefined ? {} : { idcc: etablissement.idcc }),
      romes: etablissement.romes,
      rattachement: lien,
      score: score.score,
      bonneBoite: score.bonneBoite,
      explication: score.explication,
    });
  }
  prospects.sort((a, b) => b.score - a.score || (a.siret < b.siret ? -1 : 1));
  return { criteres, prospects, comptes: { perimetre, filtres, notes, exclus, indetermines, sousSeuil } };
}
