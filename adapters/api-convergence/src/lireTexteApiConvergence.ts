/**
 * Lecture d'un identifiant de l'API Convergence vers le standard : un nombre (numéro
 * d'OPCO, SIRET ou référence envoyés sans guillemets) devient sa chaîne décimale ; toute
 * autre valeur passe telle quelle (la validation du schéma dira si elle convient).
 * Partagée par les tables de correspondance (dossier, état, facture, convention, certificat).
 *
 * @example
 * ```ts
 * lireTexteApiConvergence(12345); // "12345"
 * lireTexteApiConvergence("A-1"); // "A-1"
 * ```
 */
export function lireTexteApiConvergence(v: unknown): unknown {
  return typeof v === "number" ? String(v) : v;
}
