/**
 * Résultat d'un contrôle avant ou après paiement (`referentiels.md` §5, règles `PP-*`) sur un contrat,
 * avec la décision de l'OPCO et la valorisation du montant en jeu (en euros).
 *
 * @example
 * ```ts
 * const r: ResultatControleFinancement = {
 *   contrat: "C-1", opco: "akto", regle: "PP-03", date: "2025-10-02", moment: "avant_paiement",
 *   decision: "confirme", montantSansControle: 7200, montantApresCorrection: 0,
 * };
 * ```
 */
export interface ResultatControleFinancement {
  contrat: string;
  opco: string;
  regle: string;
  /** Date `AAAA-MM-JJ` du constat. */
  date: string;
  moment: "avant_paiement" | "apres_paiement";
  decision: "confirme" | "faux_positif" | "en_attente";
  /** Montant qui aurait été payé sans le contrôle (engagement avant correction, ou NPEC × prorata + frais annexes). */
  montantSansControle: number;
  /** Montant dû après correction (0 en cas de refus). */
  montantApresCorrection: number;
  /** Sommes effectivement recouvrées (avoirs, remboursements, titres de recette), datées. */
  recouvrements?: readonly { date: string; montant: number }[] | undefined;
}

/**
 * Indus évités et recouvrés d'un OPCO pour un mois (`AAAA-MM`), et ventilation par règle.
 *
 * @example
 * ```ts
 * groupe; // { opco: "akto", mois: "2025-10", indusEvites: 7200, contratsEvites: 1, indusRecouvres: 0, montantARisque: 9000 }
 * ```
 */
export interface GroupeIndus {
  opco: string;
  mois: string;
  indusEvites: number;
  contratsEvites: number;
  indusRecouvres: number;
  montantARisque: number;
}

/**
 * Statistiques d'une règle de contrôle : constats, décisions, taux de faux positifs et montant évité
 * attribué (chaque contrat est attribué à la règle de son plus grand montant évité).
 *
 * @example
 * ```ts
 * regle; // { regle: "PP-03", constats: 10, confirmes: 8, fauxPositifs: 2, enAttente: 0, tauxFauxPositifs: 0.2, montantEvite: 50000 }
 * ```
 */
export interface StatistiqueRegle {
  regle: string;
  constats: number;
  confirmes: number;
  fauxPositifs: number;
  enAttente: number;
  tauxFauxPositifs: number | null;
  montantEvite: number;
}

/**
 * Indicateur d'impact I-OPCO-INDUS (`indicateurs.md` §7.3, proposition), à partir des résultats de
 * contrôle fournis en entrée :
 * - **indus évités** : pour chaque contrat ayant au moins un constat **confirmé avant paiement**, le plus
 *   grand `montantSansControle − montantApresCorrection` (jamais la somme), compté au mois de ce constat ;
 * - **indus recouvrés** : sommes recouvrées après un constat confirmé **après paiement**, comptées au mois
 *   du recouvrement ;
 * - **montant à risque** : la même valorisation sur tous les constats (avant décision), par contrat le
 *   plus grand, au mois du constat retenu ;
 * - par règle : constats, confirmés, faux positifs, taux de faux positifs (faux positifs ÷ constats décidés).
 * Les montants négatifs (correction à la hausse) comptent pour 0.
 *
 * @example
 * ```ts
 * const { groupes, regles } = indusEvites(resultats);
 * ```
 */
export function indusEvites(resultats: readonly ResultatControleFinancement[]): { groupes: GroupeIndus[]; regles: StatistiqueRegle[] } {
  const groupes = new Map<string, GroupeIndus>();
  const groupe = (opco: string, mois: string): GroupeIndus => {
    const cle = `${opco}|${mois}`;
    let g = groupes.get(cle);
    if (g === undefined) {
      g = { opco, mois, indusEvites: 0, contratsEvites: 0, indusRecouvres: 0, montantARisque: 0 };
      groupes.set(cle, g);
    }
    return g;
  };
  const regles = new Map<string, StatistiqueRegle>();
  const evite = new Map<string, ResultatControleFinancement>();
  const risque = new Map<string, ResultatControleFinancement>();
  const montant = (r: ResultatControleFinancement): number => Math.max(0, r.montantSansControle - r.montantApresCorrection);
  for (const r of resultats) {
    let s = regles.get(r.regle);
    if (s === undefined) {
      s = { regle: r.regle, constats: 0, confirmes: 0, fauxPositifs: 0, enAttente: 0, tauxFauxPositifs: null, montantEvite: 0 };
      regles.set(r.regle, s);
    }
    s.constats++;
    if (r.decision === "confirme") s.confirmes++;
    else if (r.decision === "faux_positif") s.fauxPositifs++;
    else s.enAttente++;
    const cle = `${r.opco}|${r.contrat}`;
    const dejaRisque = risque.get(cle);
    if (dejaRisque === undefined || montant(r) > montant(dejaRisque)) risque.set(cle, r);
    if (r.decision === "confirme" && r.moment === "avant_paiement") {
      const deja = evite.get(cle);
      if (deja === undefined || montant(r) > montant(deja)) evite.set(cle, r);
    }
    if (r.decision === "confirme" && r.moment === "apres_paiement") {
      for (const rec of r.recouvrements ?? []) groupe(r.opco, rec.date.slice(0, 7)).indusRecouvres += rec.montant;
    }
  }
  for (const r of evite.values()) {
    const g = groupe(r.opco, r.date.slice(0, 7));
    g.indusEvites += montant(r);
    g.contratsEvites++;
    regles.get(r.regle)!.montantEvite += montant(r);
  }
  for (const r of risque.values()) groupe(r.opco, r.date.slice(0, 7)).montantARisque += montant(r);
  for (const s of regles.values()) {
    const decides = s.confirmes + s.fauxPositifs;
    s.tauxFauxPositifs = decides === 0 ? null : s.fauxPositifs / decides;
  }
  return {
    groupes: [...groupes.values()].sort((a, b) => a.opco.localeCompare(b.opco) || a.mois.localeCompare(b.mois)),
    regles: [...regles.values()].sort((a, b) => a.regle.localeCompare(b.regle)),
  };
}
