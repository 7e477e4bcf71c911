import { AnalyseurCsv } from "@communs-opco/adaptateur";

/**
 * Ligne d'un fichier CSV découpée en cellules, avec le numéro de la ligne physique où
 * l'enregistrement commence (1 = première ligne du fichier), ou l'erreur qui empêche de
 * la découper (guillemet non fermé en fin de fichier).
 *
 * @example
 * ```ts
 * const l: LigneCsv = { ligne: 2, cellules: ["DUPUIS", "Gaston"] };
 * ```
 */
export type LigneCsv =
  | { readonly ligne: number; readonly cellules: readonly string[] }
  | { readonly ligne: number; readonly erreur: string };

/**
 * Découpe un texte CSV avec l'analyseur CSV unique de `@communs-opco/adaptateur` (RFC 4180 :
 * champs entre guillemets, guillemets doublés, sauts de ligne dans un champ cité ; fins de ligne
 * LF, CRLF ou CR ; BOM retiré ; champ et enregistrement de longueur bornée — au-delà,
 * l'enregistrement est en erreur et la lecture reprend au suivant). Le séparateur est `;`, `,` ou
 * tabulation, deviné sur la première ligne s'il n'est pas donné. Les lignes entièrement vides sont
 * sautées. Ne lève jamais d'exception.
 *
 * @example
 * ```ts
 * analyserCsv('nom;prenom\n"DUPUIS";"Gas""ton"\n');
 * // [{ ligne: 1, cellules: ["nom", "prenom"] }, { ligne: 2, cellules: ["DUPUIS", 'Gas"ton'] }]
 * ```
 */
export function analyserCsv(texte: string, separateur?: string): LigneCsv[] {
  const source = texte.startsWith("\uFEFF") ? texte.slice(1) : texte;
  const premiereLigne = source.slice(0, source.search(/\r|\n|$/u));
  const sep =
    separateur ??
    [";", ",", "\t"].reduce((meilleur, candidat) => (premiereLigne.split(candidat).length > premiereLigne.split(meilleur).length ? candidat : meilleur), ";");
  const analyseur = new AnalyseurCsv({ separateur: sep, lignesVides: false });
  return [...analyseur.pousser(source), ...analyseur.terminer()].map((e) => ("erreur" in e ? { ligne: e.ligne, erreur: e.erreur } : { ligne: e.ligne, cellules: e.champs }));
}
