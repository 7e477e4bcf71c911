const NIR = /\b([1-478])\s?(\d{2})\s?(\d{2})\s?(\d{2}|2[AB])\s?(\d{3})\s?(\d{3})(?:\s?(\d{2}))?\b/g;
const COURRIEL = /([^\s@"'<>(),;:]+)@([^\s@"'<>(),;:]+\.[^\s@"'<>(),;:]+)/g;
const TELEPHONE = /(\+33|0033|\b0)\s?([1-9])(?:[\s.-]?\d{2}){4}\b/g;

/**
 * Masque les données personnelles reconnaissables dans un texte destiné à un rapport ou à un
 * journal : NIR (seuls le sexe et l'année de naissance restent visibles : `1 84 ** ** *** *** **`),
 * courriels (`l***@exemple.fr`) et numéros de téléphone français (`+33 6 ** ** ** **`). Un SIRET
 * (14 chiffres) n'est pas confondu avec un NIR (13 ou 15 caractères).
 *
 * @example
 * ```ts
 * masquerDonneesPersonnelles("NIR 184127645108946, lea.martin@example.com, +33612345678");
 * // "NIR 1 84 ** ** *** *** **, l***@example.com, +33 6 ** ** ** **"
 * ```
 */
export function masquerDonneesPersonnelles(texte: string): string {
  return texte
    .replace(NIR, (_tout, sexe: string, annee: string, _m, _d, _c, _o, cle: string | undefined) => `${sexe} ${annee} ** ** *** ***${cle === undefined ? "" : " **"}`)
    .replace(COURRIEL, (_tout, local: string, domaine: string) => `${local.slice(0, 1)}***@${domaine}`)
    .replace(TELEPHONE, (_tout, indicatif: string, premier: string) => `${indicatif === "0" ? "0" : "+33 "}${premier} ** ** ** **`);
}
