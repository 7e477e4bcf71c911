import { creerSchemaIdentifiant } from "./creerSchemaIdentifiant";
import { verifierLuhn } from "./luhn";
import { nettoyerSaisie } from "./nettoyerSaisie";
import type { ResultatIdentifiant } from "./ResultatIdentifiant";
import { resultatInvalide } from "./resultatInvalide";
import { resultatValide } from "./resultatValide";

/** SIREN de La Poste, dont les établissements dérogent à la clé de Luhn. */
const SIREN_LA_POSTE = "356000000";

/**
 * Contrôle un numéro SIRET (14 chiffres : SIREN + NIC) et le normalise (espaces, points et
 * tirets retirés).
 *
 * Clé : algorithme de Luhn sur les 14 chiffres. Exception La Poste : lorsque la clé de Luhn
 * échoue et que le SIRET commence par `356000000`, il est valide si la somme de ses chiffres est
 * un multiple de 5 (`referentiels.md` §3, règle R-SIRET-LUHN).
 *
 * Aucun zéro n'est ajouté à gauche : le CERFA exige 14 chiffres (R-SIRET-FMT) et une saisie
 * tronquée ne peut pas être distinguée d'un zéro perdu.
 *
 * Codes d'erreur : `siret.vide`, `siret.caracteres`, `siret.longueur`, `siret.cle`.
 *
 * @example
 * ```ts
 * verifierSiret("356 000 000 09075"); // { valide: true, normalise: "35600000009075" }
 * verifierSiret("35600000009090"); // { valide: false, erreurs: [{ code: "siret.cle", … }] }
 * ```
 */
export function verifierSiret(valeur: string): ResultatIdentifiant {
  const siret = nettoyerSaisie(valeur);
  if (siret === "") return resultatInvalide("siret.vide", "le SIRET est vide");
  if (!/^\d+$/.test(siret)) return resultatInvalide("siret.caracteres", "le SIRET ne doit contenir que des chiffres");
  if (siret.length !== 14) {
    return resultatInvalide("siret.longueur", `le SIRET doit comporter 14 chiffres (${siret.length} reçus)`);
  }
  if (verifierLuhn(siret)) return resultatValide(siret);
  if (siret.startsWith(SIREN_LA_POSTE) && sommeDesChiffres(siret) % 5 === 0) return resultatValide(siret);
  return resultatInvalide("siret.cle", "la clé de contrôle est incorrecte");
}

function sommeDesChiffres(chiffres: string): number {
  let somme = 0;
  for (const chiffre of chiffres) somme += Number(chiffre);
  return somme;
}

/**
 * Schéma zod normalisant d'un SIRET (voir {@link verifierSiret}).
 *
 * @example
 * ```ts
 * schemaSiret.parse(" 356 000 000 09075 "); // "35600000009075"
 * schemaSiret.safeParse("35600000009090").success; // false
 * ```
 */
export const schemaSiret = creerSchemaIdentifiant(verifierSiret);
