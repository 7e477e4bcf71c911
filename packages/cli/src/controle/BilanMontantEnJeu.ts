import type { ValorisationPrepaiement } from "@communs-opco/referentiels";

/**
 * Montant en jeu des contrats bloqués avant paiement (indicateur I-OPCO-INDUS, `indicateurs.md`
 * §7.3) sur l'ensemble d'un contrôle : contrats dont le financement est suspendu par au moins un
 * constat bloquant non conforme d'une vérification avant paiement, montant en jeu des contrats
 * valorisés (en centimes, total de leur échéancier NPEC, compté une fois par contrat), et contrats
 * bloqués dont le montant n'a pas pu être calculé, avec leurs motifs les plus fréquents — jamais
 * comptés pour 0 €.
 *
 * @example
 * ```ts
 * const r: ResumeMontantEnJeu = {
 *   contratsSuspendus: 3, contratsValorises: 2, montantEnJeuCentimes: 3798800, contratsNonValorises: 1,
 *   motifsNonValorises: [{ motif: "NPEC introuvable", contrats: 1 }],
 * };
 * ```
 */
export interface ResumeMontantEnJeu {
  readonly contratsSuspendus: number;
  readonly contratsValorises: number;
  /** Total des contrats valorisés, en centimes ; `null` (montant inconnu, jamais 0) quand des contrats sont suspendus sans qu'aucun ne soit valorisé. */
  readonly montantEnJeuCentimes: number | null;
  /** Pourquoi le montant est inconnu (avec `montantEnJeuCentimes: null`). */
  readonly raison?: string;
  readonly contratsNonValorises: number;
  /** Motifs de non-valorisation, du plus fréquent au moins fréquent (un contrat compte une fois par motif). */
  readonly motifsNonValorises: readonly { readonly motif: string; readonly contrats: number }[];
}

/**
 * Motif court d'une raison de `financementDuContrat` (« NPEC introuvable pour RNCP1002 et l'IDCC
 * 0478 au 2024-08-20 : … » → « NPEC introuvable »), pour regrouper les contrats non valorisés.
 */
function motif(raison: string): string {
  const npec = /^NPEC (introuvable|non vérifiable|indéterminé|absent et non cherché)/.exec(raison);
  if (npec !== null) return `NPEC ${npec[1] ?? ""}`;
  const fin = raison.search(/ : | pour /);
  return (fin < 0 ? raison : raison.slice(0, fin)).trim();
}

/**
 * Accumule la valorisation avant paiement de chaque enregistrement contrôlé
 * (`valoriserConstatsPrepaiement` de `@communs-opco/referentiels`) : mémoire bornée par le nombre
 * de motifs distincts.
 *
 * @example
 * ```ts
 * const bilan = new BilanMontantEnJeu();
 * bilan.ajouter(valoriserConstatsPrepaiement({ contrat: "contrats.jsonl:3", opco: "akto", date: "2025-11-03", constats, financement }));
 * bilan.resume(); // { contratsSuspendus: 1, contratsValorises: 1, montantEnJeuCentimes: 1899400, … }
 * ```
 */
export class BilanMontantEnJeu {
  private valorises = 0;
  private montant = 0;
  private nonValorises = 0;
  private readonly motifs = new Map<string, number>();

  /** Ajoute la valorisation d'un enregistrement (`sans_constat_bloquant` ne compte pas). */
  ajouter(valorisation: ValorisationPrepaiement): void {
    if (valorisation.statut === "valorise") {
      this.valorises++;
      this.montant += valorisation.montantEnJeuCentimes;
    } else if (valorisation.statut === "non_valorise") {
      this.nonValorises++;
      const motifs = new Set(valorisation.raisons.map(motif));
      if (motifs.size === 0) motifs.add("financement indéterminé");
      for (const m of motifs) this.motifs.set(m, (this.motifs.get(m) ?? 0) + 1);
    }
  }

  /** Décomptes et montant en jeu (`contratsSuspendus = contratsValorises + contratsNonValorises`). */
  resume(): ResumeMontantEnJeu {
    const motifsNonValorises = [...this.motifs].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([m, contrats]) => ({ motif: m, contrats }));
    const inconnu = this.valorises === 0 && this.nonValorises > 0;
    return {
      contratsSuspendus: this.valorises + this.nonValorises,
      contratsValorises: this.valorises,
      montantEnJeuCentimes: inconnu ? null : this.montant,
      ...(inconnu ? { raison: `aucun contrat suspendu n'a pu être valorisé (${motifsNonValorises.map((m) => `${m.motif} : ${m.contrats}`).join(", ")})` } : {}),
      contratsNonValorises: this.nonValorises,
      motifsNonValorises,
    };
  }
}
