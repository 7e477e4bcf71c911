import { z } from "zod";
import { nettoyerSaisie } from "./nettoyerSaisie";
import type { ResultatIdentifiant } from "./ResultatIdentifiant";
import { resultatInvalide } from "./resultatInvalide";
import { resultatValide } from "./resultatValide";

/**
 * Code IDCC spécial du CERFA : aucune convention collective applicable.
 *
 * @example
 * ```ts
 * verifierIdcc("9999"); // { valide: true, normalise: IDCC_SANS_CONVENTION }
 * ```
 */
export const IDCC_SANS_CONVENTION = "9999";

/**
 * Code IDCC spécial du CERFA : convention collective en cours de négociation (non encore en vigueur).
 *
 * @example
 * ```ts
 * verifierIdcc("9998"); // { valide: true, normalise: IDCC_CONVENTION_EN_NEGOCIATION }
 * ```
 */
export const IDCC_CONVENTION_EN_NEGOCIATION = "9998";

/**
 * Contrôle un identifiant de convention collective (IDCC) : 1 à 4 chiffres, forme canonique sur
 * 4 chiffres complétée de zéros à gauche (`16` → `0016`), car l'API Apprentissage le stocke comme
 * un nombre. Les codes spéciaux {@link IDCC_SANS_CONVENTION} (`9999`) et
 * {@link IDCC_CONVENTION_EN_NEGOCIATION} (`9998`) sont valides.
 *
 * L'existence de la convention et sa vigueur (R-IDCC, R-IDCC-VIG) relèvent des référentiels.
 *
 * Codes d'erreur : `idcc.vide`, `idcc.caracteres`, `idcc.longueur`.
 *
 * @example
 * ```ts
 * verifierIdcc("16"); // { valide: true, normalise: "0016" }
 * verifierIdcc("12345").valide; // false (idcc.longueur)
 * ```
 */
export function verifierIdcc(valeur: string): ResultatIdentifiant {
  const saisie = nettoyerSaisie(valeur);
  if (saisie === "") return resultatInvalide("idcc.vide", "le code IDCC est vide");
  if (!/^\d+$/.test(saisie)) return resultatInvalide("idcc.caracteres", "le code IDCC ne doit contenir que des chiffres");
  if (saisie.length > 4) {
    return resultatInvalide("idcc.longueur", `le code IDCC doit comporter au plus 4 chiffres (${saisie.length} reçus)`);
  }
  return resultatValide(saisie.padStart(4, "0"));
}

/**
 * Indique si un IDCC (déjà normalisé ou non) est l'un des codes spéciaux du CERFA :
 * `sans_convention` (9999), `en_negociation` (9998), sinon `null`.
 *
 * @example
 * ```ts
 * idccSpecial("9999"); // "sans_convention"
 * idccSpecial("16"); // null
 * ```
 */
export function idccSpecial(valeur: string): "sans_convention" | "en_negociation" | null {
  const resultat = verifierIdcc(valeur);
  if (!resultat.valide) return null;
  if (resultat.normalise === IDCC_SANS_CONVENTION) return "sans_convention";
  if (resultat.normalise === IDCC_CONVENTION_EN_NEGOCIATION) return "en_negociation";
  return null;
}

/**
 * Schéma zod normalisant d'un IDCC (voir {@link verifierIdcc}). Accepte aussi un entier, forme
 * sous laquelle certaines API transmettent le code (`16` → `"0016"`).
 *
 * @example
 * ```ts
 * schemaIdcc.parse(16); // "0016"
 * schemaIdcc.parse(" 1486 "); // "1486"
 * ```
 */
export const schemaIdcc = z.union([z.string(), z.number().int().nonnegative()]).transform((valeur, contexte) => {
  const saisie = String(valeur);
  const resultat = verifierIdcc(saisie);
  if (resultat.valide) return resultat.normalise;
  for (const erreur of resultat.erreurs) {
    contexte.addIssue({ code: "custom", message: erreur.message, params: { code: erreur.code }, input: valeur });
  }
  return z.NEVER;
});
