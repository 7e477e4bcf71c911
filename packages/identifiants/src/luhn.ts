/**
 * Vérifie une suite de chiffres avec l'algorithme de Luhn (clé modulo 10), utilisé par le
 * SIREN et le SIRET : en partant de la droite, un chiffre sur deux est doublé (en retirant 9
 * si le double dépasse 9) et la somme doit être un multiple de 10.
 *
 * Renvoie `false` (sans lever d'exception) si la chaîne est vide ou contient autre chose que
 * des chiffres.
 *
 * @example
 * ```ts
 * verifierLuhn("356000000"); // true
 * verifierLuhn("356000001"); // false
 * ```
 */
export function verifierLuhn(chiffres: string): boolean {
  if (!/^\d+$/.test(chiffres)) return false;
  let somme = 0;
  for (let rang = 0; rang < chiffres.length; rang++) {
    let chiffre = chiffres.charCodeAt(chiffres.length - 1 - rang) - 48;
    if (rang % 2 === 1) {
      chiffre *= 2;
      if (chiffre > 9) chiffre -= 9;
    }
    somme += chiffre;
  }
  return somme % 10 === 0;
}
