import type { SeuilsStatut } from "./SeuilsStatut";
import { CODE_STATUT } from "./Statut";

const INSCRIT = CODE_STATUT.INSCRIT;
const APPRENTI = CODE_STATUT.APPRENTI;
const RUPTURANT = CODE_STATUT.RUPTURANT;
const ABANDON = CODE_STATUT.ABANDON;
const FIN = CODE_STATUT.FIN_DE_FORMATION;
const AUCUNE = Number.NaN;

/**
 * Tampons d'entrée de {@link ecrireParcours} : contrats en colonnes (`NaN` = date absente).
 * Réutilisés d'un effectif à l'autre pour ne rien allouer dans la boucle des indicateurs.
 *
 * @example
 * ```ts
 * const t: TamponContrats = { nombre: 1, debuts: Float64Array.of(19997), fins: Float64Array.of(Number.NaN), ruptures: Float64Array.of(Number.NaN) };
 * ```
 */
export interface TamponContrats {
  nombre: number;
  debuts: Float64Array;
  fins: Float64Array;
  ruptures: Float64Array;
}

/**
 * Sortie de {@link ecrireParcours} : jours et codes de statut des étapes, à partir de `position`.
 *
 * @example
 * ```ts
 * const s: SortieParcours = { jours: new Int32Array(64), statuts: new Uint8Array(64) };
 * ```
 */
export interface SortieParcours {
  jours: Int32Array;
  statuts: Uint8Array;
}

// Espace de travail partagé (le calcul est synchrone) : intervalles, ordre, segments.
let capacite = 16;
let intervalles = new Float64Array(2 * capacite);
let ordre = new Int32Array(capacite);
let segments = new Float64Array(12 * capacite + 24);
let retenus = new Uint8Array(capacite);
let nbSegments = 0;

function pousser(a: number, b: number, s: number): void {
  segments[3 * nbSegments] = a;
  segments[3 * nbSegments + 1] = b;
  segments[3 * nbSegments + 2] = s;
  nbSegments++;
}

function ajouterTrou(g0: number, g1: number, aEuContrat: boolean, exclusion: number, seuils: SeuilsStatut): void {
  const seuil = aEuContrat ? seuils.rupturantJours : seuils.inscritSansContratJours;
  const valeur = aEuContrat ? RUPTURANT : INSCRIT;
  let abandonDes = g0 + seuil;
  if (exclusion === exclusion && exclusion < abandonDes) abandonDes = exclusion > g0 ? exclusion : g0;
  if (abandonDes > g0) pousser(g0, g1 < abandonDes - 1 ? g1 : abandonDes - 1, valeur);
  if (abandonDes <= g1) pousser(abandonDes, g1, ABANDON);
}

/**
 * Cœur de l'algorithme de statut par intervalles (`indicateurs.md` §3.2), sans allocation : lit la
 * session, les contrats d'un tampon et l'exclusion (`NaN` si aucune), écrit les étapes du parcours
 * dans `sortie` à partir de `position` et renvoie le nombre d'étapes écrites. `sortie` doit avoir au
 * moins `3 × contrats + 4` places libres. Même résultat que `calculerParcoursJours`, qui l'utilise.
 *
 * @example
 * ```ts
 * const contrats = { nombre: 0, debuts: new Float64Array(4), fins: new Float64Array(4), ruptures: new Float64Array(4) };
 * const sortie = { jours: new Int32Array(8), statuts: new Uint8Array(8) };
 * ecrireParcours(19967, 20331, contrats, Number.NaN, SEUILS_TDB, sortie, 0); // 2 (INSCRIT puis ABANDON)
 * ```
 */
export function ecrireParcours(
  debutSession: number,
  fin: number,
  contrats: TamponContrats,
  exclusion: number,
  seuils: SeuilsStatut,
  sortie: SortieParcours,
  position: number,
): number {
  const k = contrats.nombre;
  const debuts = contrats.debuts;
  const fins = contrats.fins;
  const ruptures = contrats.ruptures;
  if (k > capacite) {
    capacite = k * 2;
    retenus = new Uint8Array(capacite);
    ordre = new Int32Array(capacite);
    intervalles = new Float64Array(2 * capacite);
    segments = new Float64Array(12 * capacite + 24);
  }
  // Deux contrats de même début n'en font qu'un : le dernier donné l'emporte.
  let debut = debutSession;
  for (let i = 0; i < k; i++) {
    retenus[i] = 1;
    for (let j = i + 1; j < k; j++) {
      if (debuts[j] === debuts[i]) {
        retenus[i] = 0;
        break;
      }
    }
    if (retenus[i] === 1 && debuts[i]! < debut) debut = debuts[i]!;
  }
  if (!(debut <= fin)) return 0;

  const aExclusion = exclusion === exclusion;
  const limite = aExclusion && exclusion - 1 < fin ? exclusion - 1 : fin;
  let nbIntervalles = 0;
  let finTerminale = AUCUNE;
  let terminalRompu = false;
  let aTerminal = false;
  for (let i = 0; i < k; i++) {
    if (retenus[i] === 0) continue;
    const r = ruptures[i]!;
    const rompu = r === r;
    const f = fins[i]!;
    const finEffective = rompu ? r - 1 : f === f ? f : fin;
    if (!aTerminal || finEffective > finTerminale || (finEffective === finTerminale && rompu && !terminalRompu)) {
      finTerminale = finEffective;
      terminalRompu = rompu;
      aTerminal = true;
    }
    const b = finEffective < limite ? finEffective : limite;
    const a = debuts[i]!;
    if (a <= b) {
      intervalles[2 * nbIntervalles] = a;
      intervalles[2 * nbIntervalles + 1] = b;
      // Tri par insertion (peu de contrats).
      let p = nbIntervalles;
      while (p > 0 && intervalles[2 * ordre[p - 1]!]! > a) {
        ordre[p] = ordre[p - 1]!;
        p--;
      }
      ordre[p] = nbIntervalles;
      nbIntervalles++;
    }
  }

  nbSegments = 0;
  let curseur = debut;
  let aEuContrat = false;
  let i = 0;
  while (i < nbIntervalles) {
    const a = intervalles[2 * ordre[i]!]!;
    let b = intervalles[2 * ordre[i]! + 1]!;
    i++;
    while (i < nbIntervalles && intervalles[2 * ordre[i]!]! <= b + 1) {
      const b2 = intervalles[2 * ordre[i]! + 1]!;
      if (b2 > b) b = b2;
      i++;
    }
    if (a > curseur) ajouterTrou(curseur, a - 1, aEuContrat, exclusion, seuils);
    pousser(a, b, APPRENTI);
    aEuContrat = true;
    curseur = b + 1;
  }
  if (curseur <= fin) ajouterTrou(curseur, fin, aEuContrat, exclusion, seuils);

  const finNaturelle = aTerminal && !aExclusion && !terminalRompu;
  if (finNaturelle && fin - finTerminale <= seuils.toleranceFinDeFormationJours) {
    const depuis = finTerminale + 1 > debut ? finTerminale + 1 : debut;
    // Les jours INSCRIT ou RUPTURANT de [depuis, fin] passent en FIN_DE_FORMATION. Les segments
    // concernés sont en fin de chronologie : on découpe celui qui contient `depuis`.
    for (let s = 0; s < nbSegments; s++) {
      const a = segments[3 * s]!;
      const b = segments[3 * s + 1]!;
      const v = segments[3 * s + 2]!;
      if (b < depuis || (v !== INSCRIT && v !== RUPTURANT)) continue;
      if (a < depuis) {
        // Insérer la partie [depuis, b] juste après.
        for (let t = nbSegments - 1; t > s; t--) {
          segments[3 * t + 3] = segments[3 * t]!;
          segments[3 * t + 4] = segments[3 * t + 1]!;
          segments[3 * t + 5] = segments[3 * t + 2]!;
        }
        segments[3 * s + 1] = depuis - 1;
        segments[3 * s + 3] = depuis;
        segments[3 * s + 4] = b;
        segments[3 * s + 5] = FIN;
        nbSegments++;
        s++;
      } else {
        segments[3 * s + 2] = FIN;
      }
    }
  }

  const dernier = segments[3 * nbSegments - 1]!;
  if (finNaturelle || dernier === APPRENTI || dernier === INSCRIT) {
    if (segments[3 * nbSegments - 3] === fin) {
      segments[3 * nbSegments - 1] = FIN;
    } else {
      segments[3 * nbSegments - 2] = fin - 1;
      pousser(fin, fin, FIN);
    }
  }

  let ecrites = 0;
  let precedent = -1;
  for (let s = 0; s < nbSegments; s++) {
    const v = segments[3 * s + 2]!;
    if (v !== precedent) {
      sortie.jours[position + ecrites] = segments[3 * s]!;
      sortie.statuts[position + ecrites] = v;
      ecrites++;
    }
    precedent = v;
  }
  return ecrites;
}
