import type { Constat } from "../Constat";
import type { ContexteEvaluation } from "../ContexteEvaluation";
import type { Explication, Resultat } from "../Resultat";

/** Assemble le résultat à partir des explications de chaque règle. */
export function assemblerResultat(contexte: ContexteEvaluation<object>, explications: Explication[]): Resultat {
  // Un seul passage sur les explications et les constats (chemin chaud de `opco controle`).
  const constats: Constat[] = [];
  let conformes = 0;
  let nonConformes = 0;
  let indeterminees = 0;
  let nonApplicables = 0;
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
      regles: explications.length,
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
