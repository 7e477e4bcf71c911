import { estDateIso } from "@communs-opco/regles";
import type { Echeancier } from "./Echeancier";
import { formaterEuros } from "./formaterEuros";

/**
 * Un versement réellement effectué par l'OPCO au CFA (montant en euros).
 *
 * @example
 * ```ts
 * const p: Paiement = { date: "2025-09-25", montant: 3798.8 };
 * ```
 */
export interface Paiement {
  date: string;
  montant: number;
}

/**
 * Un constat sur les versements : indu (trop-payé définitif), versement anticipé (payé avant son
 * échéance), solde forclos (justificatifs de service fait non transmis) ou paiement illisible.
 *
 * @example
 * ```ts
 * const c: ConstatIndu = { nature: "indu", montantCentimes: 109490, explication: "…" };
 * ```
 */
export interface ConstatIndu {
  nature: "indu" | "versement_anticipe" | "solde_forclos" | "paiement_illisible";
  montantCentimes: number;
  explication: string;
}

/**
 * Bilan des versements d'un contrat rapprochés de son échéancier.
 *
 * @example
 * ```ts
 * const r: ResultatIndus = detecterIndus(echeancier, paiements, { dateEvaluation: "2026-11-26" });
 * if (r.induCentimes > 0) console.log(r.constats[0]?.explication);
 * ```
 */
export interface ResultatIndus {
  dateEvaluation: string;
  totalVerseCentimes: number;
  /** Total dû sur toute la durée (échéancier moins le solde forclos). */
  totalDuCentimes: number;
  /** Échéances exigibles à la date d'évaluation. */
  exigibleCentimes: number;
  /** Trop-payé définitif : versé au-delà du total dû. */
  induCentimes: number;
  /** Versé au-delà de ce qui est exigible à la date, sans dépasser le total dû. */
  anticipeCentimes: number;
  constats: ConstatIndu[];
}

/**
 * Rapproche les versements effectués de l'échéancier et détecte les indus (indicateur
 * I-OPCO-INDUS) : tout montant versé au-delà du total dû (rupture, prorata, participation de
 * l'employeur, plafonds) est un indu à recouvrer ; un montant versé avant son échéance est un
 * versement anticipé. Le solde après service fait est forclos (donc plus dû) quand les
 * justificatifs n'ont pas été transmis dans le délai : `dateJustificatifs` absente et délai
 * dépassé à `dateEvaluation`, ou transmise après la forclusion. La date d'évaluation est une
 * entrée : la fonction ne lit pas l'horloge.
 *
 * @example
 * ```ts
 * const e = calculerEcheancier({ dateConclusion: "2025-08-20", dateDebutContrat: "2025-09-01", dateFinContrat: "2027-08-31", dateRupture: "2026-03-19", npecAnnuel: 9497, niveauCertification: "5" });
 * detecterIndus(e, [{ date: "2025-09-20", montant: 3798.8 }, { date: "2026-03-05", montant: 2849.1 }], { dateEvaluation: "2026-11-26" }).induCentimes; // 144406
 * ```
 */
export function detecterIndus(
  echeancier: Echeancier,
  paiements: readonly Paiement[],
  options: { dateEvaluation: string; dateJustificatifs?: string | null },
): ResultatIndus {
  const constats: ConstatIndu[] = [];
  let totalVerse = 0;
  for (const [i, p] of paiements.entries()) {
    const montantValide = typeof p?.montant === "number" && Number.isFinite(p.montant);
    if (!estDateIso(p?.date) || !montantValide) {
      constats.push({ nature: "paiement_illisible", montantCentimes: 0, explication: `Paiement n° ${i + 1} illisible (date ${String(p?.date)}, montant ${String(p?.montant)}) : non pris en compte.` });
      continue;
    }
    totalVerse += Math.round(p.montant * 100);
  }
  const forclusion = echeancier.forclusionSolde;
  const justificatifs = options.dateJustificatifs ?? null;
  const forclos = forclusion !== null && (justificatifs === null ? options.dateEvaluation > forclusion : justificatifs > forclusion);
  const derniereAnnee = echeancier.annees.at(-1)?.numero;
  let perdu = 0;
  if (forclos) {
    for (const e of echeancier.echeances) {
      if (e.annee === derniereAnnee && e.nature === "solde" && e.montantCentimes > 0) perdu += e.montantCentimes;
    }
    if (perdu > 0) {
      constats.push({
        nature: "solde_forclos",
        montantCentimes: perdu,
        explication: `Solde de ${formaterEuros(perdu)} forclos : justificatifs de service fait ${justificatifs === null ? "non transmis" : `transmis le ${justificatifs}`} après le ${forclusion}.`,
      });
    }
  }
  const totalDu = echeancier.totalDuCentimes - perdu;
  const exigible = echeancier.echeances.filter((e) => e.date <= options.dateEvaluation).reduce((s, e) => s + e.montantCentimes, 0) - (forclos ? perdu : 0);
  const indu = Math.max(0, totalVerse - totalDu);
  const anticipe = Math.max(0, Math.min(totalVerse, totalDu) - exigible);
  if (indu > 0) {
    constats.push({
      nature: "indu",
      montantCentimes: indu,
      explication: `Indu de ${formaterEuros(indu)} : ${formaterEuros(totalVerse)} versés pour ${formaterEuros(totalDu)} dus sur tout le contrat${echeancier.annees.some((a) => a.finExecution < a.fin) ? " (contrat rompu, montant proratisé)" : ""} ; à recouvrer auprès du CFA.`,
    });
  }
  if (anticipe > 0) {
    constats.push({
      nature: "versement_anticipe",
      montantCentimes: anticipe,
      explication: `${formaterEuros(anticipe)} versés avant leur échéance : ${formaterEuros(exigible)} seulement étaient exigibles au ${options.dateEvaluation}.`,
    });
  }
  return { dateEvaluation: options.dateEvaluation, totalVerseCentimes: totalVerse, totalDuCentimes: totalDu, exigibleCentimes: exigible, induCentimes: indu, anticipeCentimes: anticipe, constats };
}
