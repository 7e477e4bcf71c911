import type { ContratJours, EntreeStatutJours, EtapeParcoursJours } from "./EntreeStatutJours";
import { SEUILS_TDB, type SeuilsStatut } from "./SeuilsStatut";
import { CODE_STATUT } from "./Statut";

const INSCRIT = CODE_STATUT.INSCRIT;
const APPRENTI = CODE_STATUT.APPRENTI;
const RUPTURANT = CODE_STATUT.RUPTURANT;
const ABANDON = CODE_STATUT.ABANDON;
const FIN = CODE_STATUT.FIN_DE_FORMATION;

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
  const debutSession = entree.session.debut;
  const fin = entree.session.fin;
  const exclusion = entree.exclusion;
  const contrats = contratsParJourDeDebut(entree.contrats);

  let debut = debutSession;
  for (const c of contrats) if (c.debut < debut) debut = c.debut;
  if (!(debut <= fin)) return [];

  const limite = exclusion !== undefined && exclusion - 1 < fin ? exclusion - 1 : fin;
  const intervalles: number[] = [];
  let finTerminale = Number.NEGATIVE_INFINITY;
  let terminalRompu = false;
  let aTerminal = false;
  for (const c of contrats) {
    const rompu = c.rupture !== undefined;
    const finEffective = rompu ? c.rupture! - 1 : (c.fin ?? fin);
    if (!aTerminal || finEffective > finTerminale || (finEffective === finTerminale && rompu && !terminalRompu)) {
      finTerminale = finEffective;
      terminalRompu = rompu;
      aTerminal = true;
    }
    const b = finEffective < limite ? finEffective : limite;
    if (c.debut <= b) intervalles.push(c.debut, b);
  }
  const fusionnes = fusionnerIntervalles(intervalles);

  // Segments [debut, fin, statut] (fin incluse), contigus de `debut` à `fin`.
  const segments: number[] = [];
  let curseur = debut;
  let aEuContrat = false;
  const ajouterTrou = (g0: number, g1: number): void => {
    const seuil = aEuContrat ? seuils.rupturantJours : seuils.inscritSansContratJours;
    const valeur = aEuContrat ? RUPTURANT : INSCRIT;
    let abandonDes = g0 + seuil;
    if (exclusion !== undefined && exclusion < abandonDes) abandonDes = exclusion > g0 ? exclusion : g0;
    if (abandonDes > g0) segments.push(g0, Math.min(g1, abandonDes - 1), valeur);
    if (abandonDes <= g1) segments.push(abandonDes, g1, ABANDON);
  };
  for (let i = 0; i < fusionnes.length; i += 2) {
    const a = fusionnes[i]!;
    const b = fusionnes[i + 1]!;
    if (a > curseur) ajouterTrou(curseur, a - 1);
    segments.push(a, b, APPRENTI);
    aEuContrat = true;
    curseur = b + 1;
  }
  if (curseur <= fin) ajouterTrou(curseur, fin);

  const finNaturelle = aTerminal && exclusion === undefined && !terminalRompu;
  if (finNaturelle && fin - finTerminale <= seuils.toleranceFinDeFormationJours) {
    const depuis = Math.max(finTerminale + 1, debut);
    if (depuis <= fin) remplacer(segments, depuis, fin);
  }

  const n = segments.length;
  const dernier = segments[n - 1]!;
  if (finNaturelle || dernier === APPRENTI || dernier === INSCRIT) {
    if (segments[n - 3] === fin) {
      segments[n - 1] = FIN;
    } else {
      segments[n - 2] = fin - 1;
      segments.push(fin, fin, FIN);
    }
  }

  const parcours: EtapeParcoursJours[] = [];
  let precedent = -1;
  for (let i = 0; i < segments.length; i += 3) {
    const statut = segments[i + 2]!;
    if (statut !== precedent) parcours.push({ jour: segments[i]!, statut });
    precedent = statut;
  }
  return parcours;
}

function contratsParJourDeDebut(contrats: readonly ContratJours[]): readonly ContratJours[] {
  if (contrats.length < 2) return contrats;
  let doublon = false;
  for (let i = 1; i < contrats.length && !doublon; i++) {
    for (let k = 0; k < i; k++) if (contrats[k]!.debut === contrats[i]!.debut) doublon = true;
  }
  if (!doublon) return contrats;
  const parDebut = new Map<number, ContratJours>();
  for (const c of contrats) {
    parDebut.delete(c.debut);
    parDebut.set(c.debut, c);
  }
  return [...parDebut.values()];
}

/** Trie et fusionne des intervalles [a, b] (plats) qui se chevauchent ou se touchent. */
function fusionnerIntervalles(plats: number[]): number[] {
  const n = plats.length / 2;
  if (n <= 1) return plats;
  const ordre: number[] = [];
  for (let i = 0; i < n; i++) ordre.push(i);
  ordre.sort((x, y) => plats[2 * x]! - plats[2 * y]!);
  const resultat: number[] = [];
  for (const i of ordre) {
    const a = plats[2 * i]!;
    const b = plats[2 * i + 1]!;
    const k = resultat.length;
    if (k > 0 && a <= resultat[k - 1]! + 1) {
      if (b > resultat[k - 1]!) resultat[k - 1] = b;
    } else {
      resultat.push(a, b);
    }
  }
  return resultat;
}

/** Passe en FIN_DE_FORMATION les jours INSCRIT ou RUPTURANT de [depuis, jusqua] (segments plats). */
function remplacer(segments: number[], depuis: number, jusqua: number): void {
  const copie = segments.splice(0, segments.length);
  for (let i = 0; i < copie.length; i += 3) {
    const a = copie[i]!;
    const b = copie[i + 1]!;
    const s = copie[i + 2]!;
    if (b < depuis || a > jusqua || (s !== INSCRIT && s !== RUPTURANT)) {
      segments.push(a, b, s);
      continue;
    }
    if (a < depuis) segments.push(a, depuis - 1, s);
    segments.push(Math.max(a, depuis), Math.min(b, jusqua), FIN);
    if (b > jusqua) segments.push(jusqua + 1, b, s);
  }
}
