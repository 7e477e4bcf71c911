/**
 * Nettoie un SIRET lu dans un fichier : retire la tabulation de tête de l'export France Compétences
 * et les espaces. Renvoie `null` si le résultat n'a pas 14 chiffres (la clé de Luhn n'est pas
 * vérifiée ici : c'est le rôle du paquet `identifiants`).
 *
 * @example
 * ```ts
 * normaliserSiret("\t11004301500012"); // "11004301500012"
 * ```
 */
export function normaliserSiret(valeur: unknown): string | null {
  if (typeof valeur !== "string" && typeof valeur !== "number") return null;
  const texte = String(valeur).replace(/\s/g, "");
  return /^\d{14}$/.test(texte) ? texte : null;
}
