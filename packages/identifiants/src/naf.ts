import { creerSchemaIdentifiant } from "./creerSchemaIdentifiant";
import { nettoyerSaisie } from "./nettoyerSaisie";
import type { ResultatIdentifiant } from "./ResultatIdentifiant";
import { resultatInvalide } from "./resultatInvalide";
import { resultatValide } from "./resultatValide";

/** Divisions (2 premiers chiffres) qui n'existent pas dans la NAF rév. 2. */
const DIVISIONS_ABSENTES = new Set(["00", "04", "34", "40", "44", "48", "54", "57", "67", "76", "83", "89"]);

/**
 * Contrôle un code NAF rév. 2 (code APE) : 2 chiffres de division, 2 chiffres, 1 lettre.
 * Forme canonique `NN.NNX` : le point est restauré s'il manque et la lettre passée en
 * majuscule (`6201z` → `62.01Z`, règle R-NAF). La division doit exister dans la NAF rév. 2 ;
 * l'existence de la sous-classe relève du référentiel NAF.
 *
 * Codes d'erreur : `naf.vide`, `naf.format`, `naf.division`.
 *
 * @example
 * ```ts
 * verifierNaf("6201Z"); // { valide: true, normalise: "62.01Z" }
 * verifierNaf("62.01z"); // { valide: true, normalise: "62.01Z" }
 * ```
 */
export function verifierNaf(valeur: string): ResultatIdentifiant {
  const saisie = nettoyerSaisie(valeur);
  if (saisie === "") return resultatInvalide("naf.vide", "le code NAF est vide");
  if (!/^\d{4}[A-Z]$/.test(saisie)) {
    return resultatInvalide("naf.format", "le code NAF n'est pas au bon format (4 chiffres et 1 lettre, par exemple 62.01Z)");
  }
  if (DIVISIONS_ABSENTES.has(saisie.slice(0, 2))) {
    return resultatInvalide("naf.division", `la division ${saisie.slice(0, 2)} n'existe pas dans la NAF rév. 2`);
  }
  return resultatValide(`${saisie.slice(0, 2)}.${saisie.slice(2)}`);
}

/**
 * Schéma zod normalisant d'un code NAF rév. 2 (voir {@link verifierNaf}).
 *
 * @example
 * ```ts
 * schemaNaf.parse("6201Z"); // "62.01Z"
 * ```
 */
export const schemaNaf = creerSchemaIdentifiant(verifierNaf);
