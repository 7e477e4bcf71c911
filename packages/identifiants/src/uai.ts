import { creerSchemaIdentifiant } from "./creerSchemaIdentifiant";
import { nettoyerSaisie } from "./nettoyerSaisie";
import type { ResultatIdentifiant } from "./ResultatIdentifiant";
import { resultatInvalide } from "./resultatInvalide";
import { resultatValide } from "./resultatValide";

/** Alphabet de la lettre clé de l'UAI : 23 lettres, sans I, O ni Q. */
const LETTRES_CLE_UAI = "ABCDEFGHJKLMNPRSTUVWXYZ";

/**
 * Contrôle un code UAI (unité administrative immatriculée : 7 chiffres et une lettre clé) et le
 * normalise : majuscules, espaces retirés, zéros restaurés à gauche quand la saisie compte
 * moins de 7 chiffres (`951099D` → `0951099D`).
 *
 * Lettre clé = `ABCDEFGHJKLMNPRSTUVWXYZ`[(7 chiffres) mod 23] (`referentiels.md` §3, règle R-UAI).
 *
 * Codes d'erreur : `uai.vide`, `uai.format`, `uai.cle`.
 *
 * @example
 * ```ts
 * verifierUai("0951099d"); // { valide: true, normalise: "0951099D" }
 * verifierUai("0951099E").valide; // false (uai.cle)
 * ```
 */
export function verifierUai(valeur: string): ResultatIdentifiant {
  const saisie = nettoyerSaisie(valeur);
  if (saisie === "") return resultatInvalide("uai.vide", "l'UAI est vide");
  if (!/^\d{1,7}[A-Z]$/.test(saisie)) {
    return resultatInvalide("uai.format", "le numéro UAI n'est pas au format 7 chiffres + 1 lettre");
  }
  const uai = saisie.padStart(8, "0");
  const attendue = LETTRES_CLE_UAI[Number(uai.slice(0, 7)) % 23];
  if (uai[7] !== attendue) return resultatInvalide("uai.cle", "la lettre clé de l'UAI est incorrecte");
  return resultatValide(uai);
}

/**
 * Schéma zod normalisant d'un UAI (voir {@link verifierUai}).
 *
 * @example
 * ```ts
 * schemaUai.parse("0951099d"); // "0951099D"
 * ```
 */
export const schemaUai = creerSchemaIdentifiant(verifierUai);
