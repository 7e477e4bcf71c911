import type { Constat } from "@communs-opco/regles";
import type { FinancementDuContrat } from "./financementDuContrat";

/**
 * Constat bloquant d'une vérification avant paiement, valorisé pour l'indicateur I-OPCO-INDUS
 * (`indicateurs.md` §7.3) : même forme que `ResultatControleFinancement` de
 * `@communs-opco/indicateurs` (montants en euros), décision « en_attente » jusqu'à ce que l'OPCO
 * confirme le constat ou le déclare faux positif.
 *
 * @example
 * ```ts
 * const v: ConstatPrepaiementValorise = {
 *   contrat: "C-1", opco: "akto", regle: "prepaiement.qualiopi", date: "2025-11-03", moment: "avant_paiement",
 *   decision: "en_attente", montantSansControle: 18994, montantApresCorrection: 0,
 * };
 * ```
 */
export interface ConstatPrepaiementValorise {
  contrat: string;
  opco: string;
  regle: string;
  date: string;
  moment: "avant_paiement";
  decision: "en_attente";
  /** Total de l'échéancier : ce que l'OPCO aurait versé sans la vérification. */
  montantSansControle: number;
  /** Montant dû tant que le constat n'est pas levé : 0 (prise en charge refusée). */
  montantApresCorrection: number;
}

/**
 * Valorisation des constats avant paiement d'un contrat : les constats valorisés, le montant en
 * jeu (en centimes, compté une fois par contrat), ou la raison pour laquelle le montant n'a pas pu
 * être calculé (NPEC introuvable…) — jamais un montant nul par défaut.
 *
 * @example
 * ```ts
 * const v = valoriserConstatsPrepaiement({ contrat: "C-1", opco: "akto", date: "2025-11-03", constats, financement });
 * if (v.statut === "valorise") console.log(v.montantEnJeuCentimes);
 * ```
 */
export type ValorisationPrepaiement =
  | { statut: "sans_constat_bloquant" }
  | { statut: "valorise"; montantEnJeuCentimes: number; constats: ConstatPrepaiementValorise[] }
  | { statut: "non_valorise"; regles: string[]; raisons: string[] };

/**
 * Vérifications avant paiement (`prepaiement.*`) qui suspendent la prise en charge : celles qui
 * portent un constat **bloquant non conforme** (sans doublon, dans l'ordre des constats). Une liste
 * vide : aucun financement n'est suspendu, inutile de le calculer.
 *
 * @example
 * ```ts
 * reglesBloquantesPrepaiement(resultat.constats); // ["prepaiement.qualiopi"]
 * ```
 */
export function reglesBloquantesPrepaiement(constats: readonly Pick<Constat, "regle" | "statut" | "severite">[]): string[] {
  return [...new Set(constats.filter((c) => c.regle.startsWith("prepaiement.") && c.statut === "non_conforme" && c.severite === "bloquant").map((c) => c.regle))];
}

/**
 * Valorise les constats **bloquants non conformes** des vérifications avant paiement
 * (`prepaiement.*`) d'un contrat : sans la vérification, l'OPCO aurait versé tout l'échéancier
 * (`financement.echeancier.totalDuCentimes`) ; tant que le constat n'est pas levé, le montant dû
 * est 0. Les constats indéterminés et les avertissements ne sont pas valorisés (rien n'est
 * prouvé). Les lignes produites alimentent `indusEvites` de `@communs-opco/indicateurs` après
 * la décision de l'OPCO (`confirme` / `faux_positif`) ; un contrat compte une fois (plus grand
 * montant), jamais la somme de ses constats.
 *
 * @example
 * ```ts
 * const financement = await financementDuContrat(contrat, referentiel);
 * const v = valoriserConstatsPrepaiement({ contrat: "C-1", opco: "akto", date: "2025-11-03", constats: resultat.constats, financement });
 * ```
 */
export function valoriserConstatsPrepaiement(entree: {
  contrat: string;
  opco: string;
  date: string;
  constats: readonly Pick<Constat, "regle" | "statut" | "severite">[];
  financement: FinancementDuContrat;
}): ValorisationPrepaiement {
  const regles = reglesBloquantesPrepaiement(entree.constats);
  if (regles.length === 0) return { statut: "sans_constat_bloquant" };
  const f = entree.financement;
  if (f.statut !== "calcule") return { statut: "non_valorise", regles, raisons: f.raisons };
  const montant = f.echeancier.totalDuCentimes;
  return {
    statut: "valorise",
    montantEnJeuCentimes: montant,
    constats: regles.map((regle) => ({
      contrat: entree.contrat,
      opco: entree.opco,
      regle,
      date: entree.date,
      moment: "avant_paiement",
      decision: "en_attente",
      montantSansControle: montant / 100,
      montantApresCorrection: 0,
    })),
  };
}
