import { verifierRncp } from "@communs-opco/identifiants";

/**
 * Normalise un code RNCP (règles de `@communs-opco/identifiants`) (`RNCP` + 3 à 5 chiffres) : espaces, points et tirets retirés,
 * majuscules, préfixe `RNCP` ajouté s'il manque. Renvoie `null` si ce n'est pas un code RNCP
 * (dont `RNCPNR`, marqueur « aucun » du catalogue).
 *
 * @example
 * ```ts
 * normaliserRncp(" rncp 1002 "); // "RNCP1002"
 * normaliserRncp("37239"); // "RNCP37239"
 * normaliserRncp("RS5000"); // null
 * ```
 */
export function normaliserRncp(valeur: unknown): string | null {
  if (typeof valeur !== "string" && typeof valeur !== "number") return null;
  const resultat = verifierRncp(String(valeur));
  return resultat.valide ? resultat.normalise : null;
}
