import type { EntreeStatutJours, EtapeParcoursJours } from "./EntreeStatutJours";
import { SEUILS_TDB, type SeuilsStatut } from "./SeuilsStatut";
import { CODE_STATUT } from "./Statut";

/**
 * Implémentation de référence, jour par jour, de l'algorithme de statut (`indicateurs.md` §3.2),
 * écrite au plus près du texte : un tableau d'un élément par jour de la chronologie, puis les passes
 * successives (contrats, exclusion, compteur, tolérance, dernier jour). Son coût est proportionnel
 * au nombre de jours : elle sert d'oracle aux tests de {@link calculerParcoursJours}, pas au calcul
 * d'indicateurs en volume.
 *
 * @example
 * ```ts
 * const j = jourDepuisDate;
 * calculerParcoursJourParJour({ session: { debut: j("2024-09-01"), fin: j("2025-08-31") }, contrats: [] });
 * // [{ jour: j("2024-09-01"), statut: 0 }, { jour: j("2024-11-30"), statut: 3 }]
 * ```
 */
export function calculerParcoursJourParJour(entree: EntreeStatutJours, seuils: SeuilsStatut = SEUILS_TDB): EtapeParcoursJours[] {
  const { INSCRIT, APPRENTI, RUPTURANT, ABANDON, FIN_DE_FORMATION } = CODE_STATUT;
  const fin = entree.session.fin;
  // Contrats indexés par jour de début : le dernier donné l'emporte.
  const parDebut = new Map<number, (typeof entree.contrats)[number]>();
  for (const c of entree.contrats) {
    parDebut.delete(c.debut);
    parDebut.set(c.debut, c);
  }
  const contrats = [...parDebut.values()];
  const debut = Math.min(entree.session.debut, ...contrats.map((c) => c.debut));
  if (debut > fin) return [];
  const nbJours = fin - debut + 1;
  const jours: number[] = new Array<number>(nbJours).fill(INSCRIT);

  // 1-2. Jours de contrat.
  const finEffective = (c: (typeof contrats)[number]): number => (c.rupture !== undefined ? c.rupture - 1 : (c.fin ?? fin));
  for (const c of contrats) {
    for (let d = c.debut; d <= finEffective(c); d++) {
      if (d >= debut && d <= fin) jours[d - debut] = APPRENTI;
    }
  }
  // 3. Exclusion.
  if (entree.exclusion !== undefined) {
    for (let d = debut; d <= fin; d++) {
      if (d >= entree.exclusion) {
        jours[d - debut] = ABANDON;
      }
    }
  }
  // 4. Compteur.
  let n = 0;
  let aEuContrat = false;
  for (let i = 0; i < nbJours; i++) {
    if (jours[i] === APPRENTI) {
      aEuContrat = true;
      n = 0;
      continue;
    }
    n += 1;
    if (jours[i] === INSCRIT) {
      if (aEuContrat) jours[i] = n <= seuils.rupturantJours ? RUPTURANT : ABANDON;
      else jours[i] = n <= seuils.inscritSansContratJours ? INSCRIT : ABANDON;
    }
  }
  // 5. Contrat terminal.
  let terminal: (typeof contrats)[number] | undefined;
  for (const c of contrats) {
    if (terminal === undefined) {
      terminal = c;
      continue;
    }
    const e = finEffective(c);
    const t = finEffective(terminal);
    if (e > t || (e === t && c.rupture !== undefined && terminal.rupture === undefined)) terminal = c;
  }
  const finNaturelle = terminal !== undefined && entree.exclusion === undefined && terminal.rupture === undefined;
  // 6. Tolérance.
  if (terminal !== undefined && finNaturelle && fin - finEffective(terminal) <= seuils.toleranceFinDeFormationJours) {
    for (let d = finEffective(terminal) + 1; d <= fin; d++) {
      if (d < debut) continue;
      const v = jours[d - debut];
      if (v === INSCRIT || v === RUPTURANT) jours[d - debut] = FIN_DE_FORMATION;
    }
  }
  // 7. Dernier jour.
  const dernier = jours[nbJours - 1];
  if (dernier === APPRENTI || dernier === INSCRIT || finNaturelle) jours[nbJours - 1] = FIN_DE_FORMATION;
  // 8. Compression.
  const parcours: EtapeParcoursJours[] = [];
  for (let i = 0; i < nbJours; i++) {
    if (i === 0 || jours[i] !== jours[i - 1]) parcours.push({ jour: debut + i, statut: jours[i]! });
  }
  return parcours;
}
