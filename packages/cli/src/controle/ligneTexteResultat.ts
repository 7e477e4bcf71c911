import type { ResultatControle } from "./ResultatControle";

const LIBELLES = { conforme: "conforme", conforme_verifications_executees: "conforme aux vérifications exécutées", non_conforme: "non conforme", indetermine: "indéterminé", illisible: "illisible" } as const;
const ORDRE_SEVERITE = { bloquant: 0, avertissement: 1, information: 2 } as const;

/**
 * Ligne de la sortie texte de `opco controle` pour un enregistrement à examiner (non conforme,
 * indéterminé ou illisible) : statut, provenance, description masquée, puis le constat principal
 * (le plus grave des écarts avérés, à défaut le plus grave des points non vérifiés) avec son message
 * et le nombre d'autres constats. Le résultat reçu est déjà protégé (`protegerResultat` : données
 * personnelles masquées, caractères de contrôle neutralisés).
 *
 * @example
 * ```ts
 * ligneTexteResultat(resultat, "employeur 80123456700015 · apprenti(e) L. M. (né(e) en 2007)");
 * // "[non conforme] contrats.jsonl:12 · employeur … · identifiants.siret.format (bloquant) : SIRET invalide … (+1 autre constat)\n"
 * ```
 */
export function ligneTexteResultat(resultat: ResultatControle, description: string): string {
  const entete = `[${LIBELLES[resultat.statut]}] ${resultat.source.fichier}:${resultat.source.ligne}`;
  if (resultat.statut === "illisible") return `${entete} · ${resultat.raison ?? "illisible"}\n`;
  // Un écart avéré explique le statut mieux qu'un point non vérifié : non conformes d'abord, puis par gravité.
  const constats = [...resultat.constats].sort((a, b) => (a.statut === b.statut ? 0 : a.statut === "non_conforme" ? -1 : 1) || ORDRE_SEVERITE[a.severite] - ORDRE_SEVERITE[b.severite]);
  const premier = constats[0];
  if (premier === undefined) return `${entete} · ${description}\n`;
  const autres = constats.length - 1;
  const suite = autres > 0 ? ` (+${autres} autre${autres > 1 ? "s" : ""} constat${autres > 1 ? "s" : ""})` : "";
  return `${entete} · ${description} · ${premier.regle} (${premier.severite}) : ${premier.message}${suite}\n`;
}
