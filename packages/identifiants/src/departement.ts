import { creerSchemaIdentifiant } from "./creerSchemaIdentifiant";
import { nettoyerSaisie } from "./nettoyerSaisie";
import type { ResultatIdentifiant } from "./ResultatIdentifiant";
import { resultatInvalide } from "./resultatInvalide";
import { resultatValide } from "./resultatValide";

/** Départements et collectivités d'outre-mer à 3 chiffres (DROM 971–976, COM 975, 977, 978, 984, 986–989). */
const OUTRE_MER = new Set(["971", "972", "973", "974", "975", "976", "977", "978", "984", "986", "987", "988", "989"]);

/**
 * Indique si un code (déjà normalisé) est un code de département ou de collectivité d'outre-mer :
 * `01`–`19`, `2A`, `2B`, `21`–`95`, `971`–`978`, `984`, `986`–`989`.
 *
 * @example
 * ```ts
 * estCodeDepartement("2A"); // true
 * estCodeDepartement("20"); // false
 * ```
 */
export function estCodeDepartement(code: string): boolean {
  if (code === "2A" || code === "2B") return true;
  if (/^\d{2}$/.test(code)) return code !== "00" && code !== "20" && Number(code) <= 95;
  return OUTRE_MER.has(code);
}

/**
 * Contrôle un code de département (`referentiels.md` §3) : `01`…`95` (sauf `20`), `2A`, `2B`,
 * `971`…`976`, et les collectivités d'outre-mer `975`, `977`, `978`, `984`, `986`–`989`.
 * Normalisation : majuscules, zéro restauré pour un seul chiffre (`1` → `01`) et zéro de tête
 * retiré de la forme AGECAP sur 3 caractères (`075` → `75`, `02A` → `2A`).
 * `99` (né à l'étranger) n'est pas un département et est refusé.
 *
 * Codes d'erreur : `departement.vide`, `departement.corse`, `departement.inconnu`.
 *
 * @example
 * ```ts
 * verifierDepartement("2a"); // { valide: true, normalise: "2A" }
 * verifierDepartement("075"); // { valide: true, normalise: "75" }
 * verifierDepartement("971"); // { valide: true, normalise: "971" }
 * ```
 */
export function verifierDepartement(valeur: string): ResultatIdentifiant {
  const saisie = nettoyerSaisie(valeur);
  if (saisie === "") return resultatInvalide("departement.vide", "le code département est vide");
  let code = saisie;
  if (/^\d$/.test(code)) code = `0${code}`;
  else if (/^0(?:\d\d|2A|2B)$/.test(code)) code = code.slice(1);
  if (code === "20") {
    return resultatInvalide("departement.corse", "le département 20 n'existe plus : la Corse est divisée en 2A et 2B");
  }
  if (!estCodeDepartement(code)) {
    return resultatInvalide(
      "departement.inconnu",
      "le code département doit être 01 à 95, 2A, 2B ou un code d'outre-mer à 3 chiffres (971 à 978, 984, 986 à 989)",
    );
  }
  return resultatValide(code);
}

/**
 * Schéma zod normalisant d'un code de département (voir {@link verifierDepartement}).
 *
 * @example
 * ```ts
 * schemaDepartement.parse("02A"); // "2A"
 * ```
 */
export const schemaDepartement = creerSchemaIdentifiant(verifierDepartement);
