/** Forme minimale d'un courriel (R-EMAIL, étape 1) : « x@y.z », sans espace. */
export const FORME_MINIMALE_COURRIEL = /^\S+@\S+\.\S+$/;

/**
 * Syntaxe d'un courriel (R-EMAIL, étape 2) : partie locale en atomes séparés par des points ;
 * domaine en étiquettes de 1 à 63 caractères, extension alphabétique.
 */
export const SYNTAXE_COURRIEL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/** Caractère d'un atome de la partie locale : lettre ou chiffre ASCII, ou ``!#$%&'*+/=?^_`{|}~-``. */
function caractereAtome(c: number): boolean {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  // ! # $ % & ' * + - / = ? ^ _ ` { | } ~
  return c === 33 || (c >= 35 && c <= 39) || c === 42 || c === 43 || c === 45 || c === 47 || c === 61 || c === 63 || (c >= 94 && c <= 96) || (c >= 123 && c <= 126);
}

function lettreOuChiffre(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

function lettre(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/**
 * Lecture caractère par caractère, sans expression régulière ni allocation, de la syntaxe d'adresse
 * électronique de la règle `personnes.courriel.syntaxe` (R-EMAIL, étape 2) : même décision que
 * `SYNTAXE_COURRIEL` (partie locale en atomes séparés par des points ; un seul « @ » ; domaine en
 * étiquettes de 1 à 63 lettres, chiffres ou traits d'union, sans trait d'union en tête ni en fin,
 * chacune suivie d'un point ; extension de 2 à 63 lettres). Toute adresse ainsi acceptée a aussi la
 * forme minimale « x@y.z » de l'étape 1 (`FORME_MINIMALE_COURRIEL`). Sert à la garde compilée de
 * la règle ; le test d'équivalence la tient aux deux expressions.
 *
 * @example
 * ```ts
 * syntaxeCourriel("prenom.nom@exemple.fr"); // true
 * syntaxeCourriel("prenom..nom@exemple.fr"); // false
 * ```
 */
export function syntaxeCourriel(texte: string): boolean {
  const n = texte.length;
  // Partie locale : atomes non vides séparés par un point, jusqu'au « @ ».
  let i = 0;
  let atome = 0;
  for (; i < n; i++) {
    const c = texte.charCodeAt(i);
    if (c === 64) break; // @
    if (c === 46) {
      if (atome === 0) return false;
      atome = 0;
    } else if (caractereAtome(c)) atome++;
    else return false;
  }
  if (i === n || atome === 0) return false;
  // Domaine : étiquettes suivies d'un point (au moins une), puis l'extension.
  let debut = i + 1;
  let etiquettes = 0;
  for (let j = debut; j <= n; j++) {
    const c = j < n ? texte.charCodeAt(j) : 46;
    if (c !== 46) continue;
    const longueur = j - debut;
    if (j === n) {
      // Extension : 2 à 63 lettres, après au moins une étiquette.
      if (etiquettes === 0 || longueur < 2 || longueur > 63) return false;
      for (let k = debut; k < j; k++) if (!lettre(texte.charCodeAt(k))) return false;
      return true;
    }
    if (longueur < 1 || longueur > 63) return false;
    if (!lettreOuChiffre(texte.charCodeAt(debut)) || !lettreOuChiffre(texte.charCodeAt(j - 1))) return false;
    for (let k = debut + 1; k < j - 1; k++) {
      const e = texte.charCodeAt(k);
      if (!lettreOuChiffre(e) && e !== 45) return false;
    }
    etiquettes++;
    debut = j + 1;
  }
  return false;
}
