import type { Explication } from "../Resultat";

/**
 * Fige une explication partagée entre plusieurs entrées (réemployée par `evaluerReglesEnMemoire`) :
 * l'explication, ses listes (constats, preuves, paramètres consultés) et chaque constat et preuve.
 * Les détails et les sources cités ne sont pas parcourus (ce sont des données des référentiels,
 * déjà partagées). Rend la même explication.
 */
export function gelerExplication(x: Explication): Explication {
  for (const c of x.constats) {
    if (c.manquants !== undefined) Object.freeze(c.manquants);
    Object.freeze(c.chemins);
    Object.freeze(c.parametres);
    Object.freeze(c);
  }
  Object.freeze(x.constats);
  if (x.preuves !== undefined) {
    for (const p of x.preuves) Object.freeze(p);
    Object.freeze(x.preuves);
  }
  Object.freeze(x.parametres);
  return Object.freeze(x);
}
