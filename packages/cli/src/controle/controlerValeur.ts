import { creerMoteurControle, type Constat, type ContexteEvaluation, type Explication, type MoteurControle } from "@communs-opco/regles";
import { constatsSchema } from "./constatsSchema";
import type { StatutEnregistrement } from "./ResultatControle";
import { statutEnregistrement } from "./statutEnregistrement";

/** Moteur compilé de chaque contexte d'évaluation (un par exécution : gardes et paramètres résolus une fois). */
const moteurs = new WeakMap<ContexteEvaluation, MoteurControle>();

function moteurDuContexte(contexte: ContexteEvaluation): MoteurControle {
  let moteur = moteurs.get(contexte);
  if (moteur === undefined) {
    moteur = creerMoteurControle(contexte);
    moteurs.set(contexte, moteur);
  }
  return moteur;
}

/**
 * Contrôle synchrone d'une valeur JSON supposée être un contrat standard (rend aussi `contrat`,
 * l'objet sur lequel les règles ont été évaluées, pour les règles sur plusieurs contrats) :
 *
 * 1. lecture par le chemin rapide du moteur (`moteur.lire` : validateur compilé au build et vue
 *    typée, une seule lecture par enregistrement ; hors standard, repli sur le schéma tolérant
 *    `lireContrat`) ; les erreurs de forme deviennent des constats bloquants `schema.*`, les
 *    champs hors standard des constats d'information ;
 * 2. évaluation de toutes les règles **synchrones** du registre du contrat (`registreContrat`) à
 *    la date d'évaluation donnée, par le moteur compilé (`creerMoteurControle`, un par objet
 *    contexte), sur le contrat normalisé — ou, si la lecture a échoué, sur l'objet brut (les
 *    règles lisent chaque champ par son chemin et ne lèvent jamais).
 *
 * Une valeur qui n'est pas un objet ne reçoit que le constat `schema.invalidType`. En mode
 * `explication` (contexte), le résultat porte aussi les explications des règles du contrat.
 *
 * @example
 * ```ts
 * const { statut, constats } = controlerValeur(JSON.parse(ligne), { dateEvaluation: "2025-11-03" });
 * ```
 */
export function controlerValeur(
  valeur: unknown,
  contexte: ContexteEvaluation,
): { statut: Exclude<StatutEnregistrement, "illisible">; constats: Constat[]; contrat: object | undefined; explications?: Explication[] } {
  const moteur = moteurDuContexte(contexte);
  const lu = moteur.lire(valeur);
  let constats: Constat[];
  let explications: Explication[] | undefined;
  let contrat: object | undefined;
  if (lu.ok) {
    contrat = lu.contrat;
    const evaluation = moteur.evaluer(lu.contrat, lu.vue);
    explications = evaluation.explications;
    constats = lu.avertissements.length === 0 ? evaluation.constats : [...constatsSchema(lu.avertissements, "information"), ...evaluation.constats];
  } else {
    constats = constatsSchema(lu.erreurs, "bloquant");
    if (typeof valeur === "object" && valeur !== null && !Array.isArray(valeur)) {
      contrat = valeur;
      const evaluation = moteur.evaluer(valeur);
      explications = evaluation.explications;
      constats.push(...evaluation.constats);
    }
  }
  const statut = statutEnregistrement(constats);
  return explications === undefined ? { statut, constats, contrat } : { statut, constats, contrat, explications };
}
