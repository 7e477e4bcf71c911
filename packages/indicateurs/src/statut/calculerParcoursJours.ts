import type { EntreeStatutJours, EtapeParcoursJours } from "./EntreeStatutJours";
import { ecrireParcours, type TamponContrats } from "./ecrireParcours";
import { SEUILS_TDB, type SeuilsStatut } from "./SeuilsStatut";

/**
 * Calcule le parcours (points de changement de statut) d'un apprenant par intervalles : le coût
 * dépend du nombre de contrats, pas du nombre de jours. Le résultat est identique, jour pour jour,
 * à la définition de `indicateurs.md` §3.2 (voir {@link calculerParcoursJourParJour}, l'implémentation
 * de référence jour par jour).
 *
 * Règles : la chronologie va de `min(session.debut, débuts des contrats)` à `session.fin` ; chaque
 * contrat est APPRENTI de son début à sa fin effective (veille de la rupture, sinon fin, sinon fin
 * de session) ; l'exclusion rend ABANDON tous les jours à partir de sa date ; les jours sans contrat
 * sont INSCRIT (ABANDON au-delà de 90 jours) avant tout contrat et RUPTURANT (ABANDON au-delà de
 * 180 jours) après ; tolérance de fin de formation ; dernier jour forcé en FIN_DE_FORMATION.
 * Deux contrats qui commencent le même jour n'en font qu'un (le dernier donné l'emporte).
 *
 * @example
 * ```ts
 * const j = jourDepuisDate;
 * calculerParcoursJours({ session: { debut: j("2024-09-01"), fin: j("2025-08-31") }, contrats: [] });
 * // [{ jour: j("2024-09-01"), statut: 0 }, { jour: j("2024-11-30"), statut: 3 }]
 * ```
 */
export function calculerParcoursJours(entree: EntreeStatutJours, seuils: SeuilsStatut = SEUILS_TDB): EtapeParcoursJours[] {
  const k = entree.contrats.length;
  const contrats: TamponContrats = { nombre: k, debuts: new Float64Array(k), fins: new Float64Array(k), ruptures: new Float64Array(k) };
  entree.contrats.forEach((c, i) => {
    contrats.debuts[i] = c.debut;
    contrats.fins[i] = c.fin ?? Number.NaN;
    contrats.ruptures[i] = c.rupture ?? Number.NaN;
  });
  const sortie = { jours: new Int32Array(3 * k + 4), statuts: new Uint8Array(3 * k + 4) };
  const n = ecrireParcours(entree.session.debut, entree.session.fin, contrats, entree.exclusion ?? Number.NaN, seuils, sortie, 0);
  const parcours: EtapeParcoursJours[] = [];
  for (let i = 0; i < n; i++) parcours.push({ jour: sortie.jours[i]!, statut: sortie.statuts[i]! });
  return parcours;
}
