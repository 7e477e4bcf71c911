import { creerSchemaIdentifiant } from "./creerSchemaIdentifiant";
import type { ErreurIdentifiant } from "./ErreurIdentifiant";
import { nettoyerSaisie } from "./nettoyerSaisie";
import type { ResultatIdentifiant } from "./ResultatIdentifiant";
import { resultatInvalide } from "./resultatInvalide";

/**
 * Contrôle un NIR (numéro d'inscription au répertoire, « numéro de sécurité sociale ») de 13
 * caractères (sans clé) ou 15 caractères (avec clé) et le normalise (espaces, points et tirets
 * retirés, `2a`/`2b` en majuscules).
 *
 * Structure : sexe (1 chiffre : 1, 2 ; 3, 4 immatriculation en cours ; 7, 8 numéro provisoire),
 * année (2 chiffres), mois (01–12, ou 20–42 et 50–99 pour un mois inconnu ou fictif),
 * lieu de naissance (5 caractères : département 2 caractères dont `2A`/`2B` + commune 3 chiffres,
 * ou département d'outre-mer `97x`/`98x` + commune 2 chiffres, ou `99` + code pays),
 * numéro d'ordre (3 chiffres), clé (2 chiffres) = 97 − (13 premiers caractères mod 97),
 * après remplacement de `2A` par `19` et de `2B` par `18` (`contrat.md` R-NIR-*).
 *
 * Donnée personnelle sensible : les messages d'erreur ne reprennent jamais la valeur.
 *
 * Codes d'erreur : `nir.vide`, `nir.longueur`, `nir.format`, `nir.sexe`, `nir.mois`, `nir.cle`.
 *
 * @example
 * ```ts
 * verifierNir("1 84 12 76 451 089 46"); // { valide: true, normalise: "184127645108946" }
 * verifierNir("184127645108947").valide; // false (nir.cle)
 * ```
 */
export function verifierNir(valeur: string): ResultatIdentifiant {
  const nir = nettoyerSaisie(valeur);
  if (nir === "") return resultatInvalide("nir.vide", "le NIR est vide");
  if (nir.length !== 13 && nir.length !== 15) {
    return resultatInvalide(
      "nir.longueur",
      `le NIR doit comporter 13 caractères (sans clé) ou 15 caractères (avec clé) (${nir.length} reçus)`,
    );
  }
  if (!/^\d{5}(?:\d{2}|2A|2B)\d{6}(?:\d{2})?$/.test(nir)) {
    return resultatInvalide(
      "nir.format",
      "le NIR n'est pas au bon format (chiffres uniquement, sauf 2A ou 2B en 6e et 7e positions)",
    );
  }
  const erreurs: ErreurIdentifiant[] = [];
  if (!"123478".includes(nir.charAt(0))) {
    erreurs.push({ code: "nir.sexe", message: "le 1er chiffre du NIR doit être 1, 2, 3, 4, 7 ou 8" });
  }
  const mois = Number(nir.slice(3, 5));
  if (!((mois >= 1 && mois <= 12) || (mois >= 20 && mois <= 42) || mois >= 50)) {
    erreurs.push({
      code: "nir.mois",
      message: "le mois de naissance du NIR (4e et 5e chiffres) doit être compris entre 01 et 12, ou entre 20 et 42, ou entre 50 et 99",
    });
  }
  if (nir.length === 15 && nir.slice(13) !== cleNir(nir.slice(0, 13))) {
    erreurs.push({ code: "nir.cle", message: "la clé du NIR est incorrecte" });
  }
  return erreurs.length === 0 ? { valide: true, normalise: nir } : { valide: false, erreurs };
}

/**
 * Calcule la clé (2 chiffres) d'un NIR de 13 caractères : 97 − (NIR mod 97), après remplacement
 * de `2A` par `19` et de `2B` par `18` pour la Corse. La valeur doit avoir la forme contrôlée par
 * {@link verifierNir} (13 caractères, chiffres sauf `2A`/`2B` en 6e–7e positions).
 *
 * @example
 * ```ts
 * cleNir("1841276451089"); // "46"
 * ```
 */
export function cleNir(nir13: string): string {
  const departement = nir13.slice(5, 7);
  const numerique =
    nir13.slice(0, 5) + (departement === "2A" ? "19" : departement === "2B" ? "18" : departement) + nir13.slice(7, 13);
  const cle = 97 - (Number(numerique) % 97);
  return String(cle).padStart(2, "0");
}

/**
 * Schéma zod normalisant d'un NIR (voir {@link verifierNir}).
 *
 * @example
 * ```ts
 * schemaNir.parse("1 84 12 76 451 089 46"); // "184127645108946"
 * ```
 */
export const schemaNir = creerSchemaIdentifiant(verifierNir);
