import { nettoyerSaisie } from "./nettoyerSaisie";
import type { TypeIdentifiant } from "./TypeIdentifiant";
import { verifierIdentifiant } from "./verifierIdentifiant";

/**
 * Devine le ou les types d'identifiant plausibles pour une valeur, du plus au moins plausible.
 * Renvoie une liste vide quand aucune forme ne correspond.
 *
 * La valeur est d'abord nettoyée (espaces, points, tirets retirés, majuscules), puis classée
 * selon sa forme :
 * - préfixe `RNCP` → `rncp` ; préfixe `RS` suivi d'un chiffre → `rs` (sans préfixe, un code
 *   RNCP ou RS n'est pas reconnu : il ressemble à un code postal ou à un IDCC) ;
 * - 15 caractères de forme DECA commençant par 0 ou 9 → `numero_deca`, autres 15 caractères de
 *   forme NIR → `nir` (un NIR commence par 1, 2, 3, 4, 7 ou 8) ;
 * - 14 chiffres → `siret` ; 13 caractères de forme NIR → `nir` ; 9 chiffres → `siren` ;
 * - `2A`, `2B`, `02A`, `02B` → `departement` ;
 * - 8 caractères : 7 chiffres + 1 lettre → `uai` puis `cfd` ; autre forme CFD → `cfd` ;
 * - 7 caractères : 7 chiffres → `cfd` (zéro de tête perdu) ; 6 chiffres + 1 lettre → `uai` puis `cfd` ;
 * - 4 chiffres + 1 lettre → `naf` puis `uai` ; 1 à 5 chiffres + 1 lettre → `uai` ;
 * - 5 chiffres → `code_postal` puis `insee` (choix documenté : une saisie de 5 chiffres est le
 *   plus souvent un code postal) ; `2A`/`2B` + 3 chiffres → `insee` ;
 * - 4 chiffres → `idcc` ; 1 ou 2 chiffres, ou 3 chiffres commençant par 0, 97 ou 98 →
 *   `departement` puis `idcc` ; autres 3 chiffres → `idcc`.
 *
 * Enfin, parmi les candidats, ceux dont le contrôle réussit passent devant les autres (tri
 * stable) : `0951099D` donne `["uai", "cfd"]`, `20` donne `["idcc", "departement"]`.
 *
 * @example
 * ```ts
 * detecterTypeIdentifiant("35600000009075"); // ["siret"]
 * detecterTypeIdentifiant("75018"); // ["code_postal", "insee"]
 * detecterTypeIdentifiant("bonjour"); // []
 * ```
 */
export function detecterTypeIdentifiant(valeur: string): TypeIdentifiant[] {
  const candidats = candidatsSelonForme(nettoyerSaisie(valeur));
  const valides = candidats.filter((type) => verifierIdentifiant(type, valeur).valide);
  return [...valides, ...candidats.filter((type) => !valides.includes(type))];
}

function candidatsSelonForme(code: string): TypeIdentifiant[] {
  if (code === "") return [];
  if (code.startsWith("RNCP")) return ["rncp"];
  if (/^RS\d/.test(code)) return ["rs"];
  if (/^[09]\d[\dAB]\d{6}(?:NC|\d{2})\d{4}$/.test(code)) return ["numero_deca"];
  if (/^\d{5}(?:\d{2}|2A|2B)\d{8}$/.test(code)) return ["nir"];
  if (/^\d{14}$/.test(code)) return ["siret"];
  if (/^\d{5}(?:\d{2}|2A|2B)\d{6}$/.test(code)) return ["nir"];
  if (/^\d{9}$/.test(code)) return ["siren"];
  if (/^0?2[AB]$/.test(code)) return ["departement"];
  if (/^\d{7}[A-Z]$/.test(code)) return ["uai", "cfd"];
  if (/^[A-Z0-9]{3}\d{3}[A-Z0-9]{2}$/.test(code)) return ["cfd"];
  if (/^\d{7}$/.test(code)) return ["cfd"];
  if (/^\d{6}[A-Z]$/.test(code)) return ["uai", "cfd"];
  if (/^\d{4}[A-Z]$/.test(code)) return ["naf", "uai"];
  if (/^\d{1,5}[A-Z]$/.test(code)) return ["uai"];
  if (/^\d{5}$/.test(code)) return ["code_postal", "insee"];
  if (/^2[AB]\d{3}$/.test(code)) return ["insee"];
  if (/^\d{4}$/.test(code)) return ["idcc"];
  if (/^(?:\d{1,2}|0\d\d|9[78]\d)$/.test(code)) return ["departement", "idcc"];
  if (/^\d{3}$/.test(code)) return ["idcc"];
  return [];
}
