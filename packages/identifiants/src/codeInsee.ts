import { creerSchemaIdentifiant } from "./creerSchemaIdentifiant";
import { estCodeDepartement } from "./departement";
import { nettoyerSaisie } from "./nettoyerSaisie";
import type { ResultatIdentifiant } from "./ResultatIdentifiant";
import { resultatInvalide } from "./resultatInvalide";
import { resultatValide } from "./resultatValide";

/**
 * Contrôle un code commune INSEE (code officiel géographique) : 5 caractères, `^(\d{5}|2[AB]\d{3})$`
 * (Corse en `2A`/`2B`, arrondissements municipaux compris : `75101`, `69381`, `13201`).
 * Le code doit commencer par un département existant (`estCodeDepartement`) : 2 caractères en
 * métropole, 3 chiffres outre-mer (`97411`). Les codes `20xxx` (Corse d'avant 1976) et `99xxx`
 * (pays étrangers) ne sont pas des codes commune.
 *
 * Codes d'erreur : `insee.vide`, `insee.format`, `insee.departement`.
 *
 * @example
 * ```ts
 * verifierCodeInsee("2a004"); // { valide: true, normalise: "2A004" } (Ajaccio)
 * verifierCodeInsee("97411"); // { valide: true, normalise: "97411" } (Saint-Denis, La Réunion)
 * ```
 */
export function verifierCodeInsee(valeur: string): ResultatIdentifiant {
  const code = nettoyerSaisie(valeur);
  if (code === "") return resultatInvalide("insee.vide", "le code commune INSEE est vide");
  if (!/^(?:\d{5}|2[AB]\d{3})$/.test(code)) {
    return resultatInvalide("insee.format", "le code commune INSEE doit comporter 5 chiffres (ou 2A/2B suivi de 3 chiffres)");
  }
  const prefixe = code.slice(0, 2);
  const departement = prefixe === "97" || prefixe === "98" ? code.slice(0, 3) : prefixe;
  if (!estCodeDepartement(departement)) {
    return resultatInvalide(
      "insee.departement",
      `le code commune INSEE doit commencer par un code département existant (${departement} n'en est pas un)`,
    );
  }
  return resultatValide(code);
}

/**
 * Schéma zod normalisant d'un code commune INSEE (voir {@link verifierCodeInsee}).
 *
 * @example
 * ```ts
 * schemaCodeInsee.parse("2b033"); // "2B033"
 * ```
 */
export const schemaCodeInsee = creerSchemaIdentifiant(verifierCodeInsee);
