import { valeurParametre, type ParametreConsulte } from "@communs-opco/parametres";
import { seuilCandidaturesClotureOffre } from "../parametres/seuilCandidaturesClotureOffre";
import { dateParis } from "../temps/dateParis";
import type { Determination } from "./Determination";
import type { EtatOffre } from "./EtatOffre";
import { planifierRelancesOffre } from "./planifierRelancesOffre";

/**
 * Action décidée par le cycle de vie d'une offre :
 * - `expirer` : offre active dont l'expiration est passée → annulée ;
 * - `cloturer` : offre active ayant atteint le seuil de candidatures → annulée, recruteur prévenu ;
 * - `relancer` : relance d'expiration due et pas encore envoyée.
 *
 * @example
 * ```ts
 * const action: ActionCycleVie = { type: "relancer", code: "J7", prevueA: "2026-03-08T09:20:00+01:00" };
 * ```
 */
export type ActionCycleVie =
  | { readonly type: "expirer"; readonly raison: string }
  | { readonly type: "cloturer"; readonly raison: string; readonly candidatures: number; readonly seuil: number }
  | { readonly type: "relancer"; readonly code: string; readonly prevueA: string };

/**
 * Décision du cycle de vie à un instant : actions à mener et état de l'offre après ces actions.
 *
 * @example
 * ```ts
 * const decision: DecisionCycleVie = { actions: [], etat: { statut: "Active", expiration: "2026-03-15T00:00:00+01:00" } };
 * ```
 */
export interface DecisionCycleVie {
  readonly actions: readonly ActionCycleVie[];
  readonly etat: EtatOffre;
}

const AUTEUR = "cycle-de-vie";

/**
 * Applique à une offre les traitements automatiques de La bonne alternance à l'instant
 * `maintenant` (fourni : jamais l'horloge) :
 * 1. une offre **active** dont l'expiration est atteinte est annulée (« Offre expirée ») ;
 * 2. sinon, une offre active qui a reçu au moins {@link seuilCandidaturesClotureOffre} candidatures
 *    est clôturée (annulée) ;
 * 3. sinon, chaque relance d'expiration dont l'instant est atteint et qui n'a pas été envoyée est due.
 * Les offres pourvues, annulées ou en attente ne font l'objet d'aucune action.
 *
 * @param offre - état de l'offre.
 * @param maintenant - instant ISO 8601 de l'évaluation.
 * @example
 * ```ts
 * const r = evaluerCycleVieOffre({ statut: "Active", expiration: "2026-03-15T00:00:00+01:00" }, "2026-03-08T10:00:00+01:00");
 * // r.valeur.actions : [{ type: "relancer", code: "J7", prevueA: "2026-03-08T09:20:00+01:00" }]
 * ```
 */
export function evaluerCycleVieOffre(offre: EtatOffre, maintenant: string): Determination<DecisionCycleVie> {
  const instant = Date.parse(maintenant);
  const paris = dateParis(maintenant);
  const expiration = Date.parse(offre.expiration);
  if (paris === undefined || !Number.isFinite(instant)) {
    return { statut: "indetermine", raison: `instant d'évaluation illisible : « ${maintenant} »`, parametres: [] };
  }
  if (!Number.isFinite(expiration)) {
    return { statut: "indetermine", raison: `expiration de l'offre illisible : « ${offre.expiration} »`, parametres: [] };
  }
  if (offre.statut !== "Active") return { statut: "determine", valeur: { actions: [], etat: offre }, parametres: [] };

  if (instant >= expiration) {
    const raison = "Offre expirée";
    return {
      statut: "determine",
      valeur: {
        actions: [{ type: "expirer", raison }],
        etat: { ...offre, statut: "Cancelled", historique: [...(offre.historique ?? []), { statut: "Cancelled", raison, date: maintenant, accordePar: AUTEUR }] },
      },
      parametres: [],
    };
  }

  const parametres: ParametreConsulte<unknown>[] = [];
  const seuil = valeurParametre(seuilCandidaturesClotureOffre, paris.date);
  if (seuil === undefined) {
    return { statut: "indetermine", raison: `seuil de candidatures inconnu au ${paris.date}`, parametres };
  }
  parametres.push(seuil);
  const candidatures = offre.candidatures ?? 0;
  if (candidatures >= seuil.valeur) {
    const raison = `Offre clôturée : ${candidatures} candidatures reçues (seuil ${seuil.valeur})`;
    return {
      statut: "determine",
      valeur: {
        actions: [{ type: "cloturer", raison, candidatures, seuil: seuil.valeur }],
        etat: { ...offre, statut: "Cancelled", historique: [...(offre.historique ?? []), { statut: "Cancelled", raison, date: maintenant, accordePar: AUTEUR }] },
      },
      parametres,
    };
  }

  const relances = planifierRelancesOffre(offre.expiration);
  parametres.push(...relances.parametres);
  if (relances.statut !== "determine") return { statut: "indetermine", raison: relances.raison, parametres };
  const envoyees = { ...(offre.relancesEnvoyees ?? {}) };
  const actions: ActionCycleVie[] = [];
  for (const relance of relances.valeur) {
    if (envoyees[relance.code] !== undefined || Date.parse(relance.prevueA) > instant) continue;
    actions.push({ type: "relancer", code: relance.code, prevueA: relance.prevueA });
    envoyees[relance.code] = maintenant;
  }
  // Une relance J-7 manquée n'est plus utile quand la J-1 est due : seule la plus proche est envoyée.
  const utiles = actions.length > 1 ? actions.slice(-1) : actions;
  const etat: EtatOffre = actions.length === 0 ? offre : { ...offre, relancesEnvoyees: envoyees };
  return { statut: "determine", valeur: { actions: utiles, etat }, parametres };
}
