import type { Constat } from "../Constat";
import type { ContexteEvaluation } from "../ContexteEvaluation";
import type { Explication, Resultat } from "../Resultat";

/**
 * Règles dont le moteur compilé a décidé le statut par leur garde, sans explication ni constat :
 * leur nombre total (`regles`, règles expliquées comprises) et, parmi elles, les conformes et les
 * non applicables.
 */
interface StatutsDecides {
  readonly regles: number;
  readonly conformes: number;
  readonly nonApplicables: number;
}

/**
 * Assemble le résultat à partir des explications de chaque règle ; avec `decides`, les
 * explications ne sont que celles des règles interprétées (dans l'ordre du registre) et les autres
 * règles sont comptées par leur statut décidé.
 */
export function assemblerResultat(contexte: ContexteEvaluation<object>, explications: Explication[], decides?: StatutsDecides): Resultat {
  // Un seul passage sur les explications et les constats (chemin chaud de `opco controle`).
  const constats: Constat[] = [];
  let conformes = decides === undefined ? 0 : decides.conformes;
  let nonConformes = 0;
  let indeterminees = 0;
  let nonApplicables = decides === undefined ? 0 : decides.nonApplicables;
  let bloquants = 0;
  let avertissements = 0;
  let informations = 0;
  for (const e of explications) {
    if (e.statut === "conforme") conformes++;
    else if (e.statut === "non_conforme") nonConformes++;
    else if (e.statut === "indetermine") indeterminees++;
    else if (e.statut === "non_applicable") nonApplicables++;
    for (const c of e.constats) {
      constats.push(c);
      if (c.severite === "bloquant") bloquants++;
      else if (c.severite === "avertissement") avertissements++;
      else if (c.severite === "information") informations++;
    }
  }
  const resultat: Resultat = {
    dateEvaluation: contexte.dateEvaluation,
    constats,
    synthese: {
      regles: decides === undefined ? explications.length : decides.regles,
      conformes,
      nonConformes,
      indeterminees,
      nonApplicables,
      bloquants,
      avertissements,
      informations,
      complet: bloquants === 0,
    },
  };
  if (contexte.mode === "explication") resultat.explications = explications;
  return resultat;
}
