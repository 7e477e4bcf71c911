import type { Explication } from "../Resultat";

/** Profondeur maximale figée dans les détails, références et paramètres d'un constat partagé (et vérifiée par `estFigeEnProfondeur`). */
export const PROFONDEUR_FIGEE = 20;

/** Fige une valeur et tout ce qu'elle contient, jusqu'à `PROFONDEUR_FIGEE` niveaux. */
function figerEnProfondeur(valeur: unknown, profondeur = 0): void {
  if (typeof valeur !== "object" || valeur === null || Object.isFrozen(valeur) || profondeur >= PROFONDEUR_FIGEE) return;
  Object.freeze(valeur);
  for (const v of Object.values(valeur)) figerEnProfondeur(v, profondeur + 1);
}

/**
 * Fige une explication partagée entre plusieurs entrées (réemployée par `evaluerReglesEnMemoire`) :
 * l'explication, ses listes (constats, preuves, paramètres consultés) et chaque constat et preuve,
 * constats figés en profondeur (détails, sources citées, références, paramètres) : un constat partagé
 * ne change plus, ce qui permet à ses lecteurs (le service HTTP) de ne le publier qu'une fois.
 * Rend la même explication.
 */
export function gelerExplication(x: Explication): Explication {
  for (const c of x.constats) figerEnProfondeur(c);
  Object.freeze(x.constats);
  if (x.preuves !== undefined) {
    for (const p of x.preuves) Object.freeze(p);
    Object.freeze(x.preuves);
  }
  Object.freeze(x.parametres);
  return Object.freeze(x);
}
