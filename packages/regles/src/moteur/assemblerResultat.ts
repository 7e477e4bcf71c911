import type { ContexteEvaluation } from "../ContexteEvaluation";
import type { Explication, Resultat } from "../Resultat";

/** Assemble le résultat à partir des explications de chaque règle. */
export function assemblerResultat(contexte: ContexteEvaluation<object>, explications: Explication[]): Resultat {
  const constats = explications.flatMap((e) => e.constats);
  const compter = (s: Explication["statut"]) => explications.filter((e) => e.statut === s).length;
  const resultat: Resultat = {
    dateEvaluation: contexte.dateEvaluation,
    constats,
    synthese: {
      regles: explications.length,
      conformes: compter("conforme"),
      nonConformes: compter("non_conforme"),
      indeterminees: compter("indetermine"),
      nonApplicables: compter("non_applicable"),
      bloquants: constats.filter((c) => c.severite === "bloquant").length,
      avertissements: constats.filter((c) => c.severite === "avertissement").length,
      informations: constats.filter((c) => c.severite === "information").length,
      complet: !constats.some((c) => c.severite === "bloquant"),
    },
  };
  if (contexte.mode === "explication") resultat.explications = explications;
  return resultat;
}
