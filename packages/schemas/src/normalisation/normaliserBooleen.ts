const VRAI = new Set(["oui", "o", "true", "vrai", "1", "yes", "y", "x", "active", "actif"]);
const FAUX = new Set(["non", "n", "false", "faux", "0", "no", "inactive", "inactif"]);

/**
 * Convertit une valeur oui/non des fichiers réels en booléen.
 *
 * Accepte les booléens, `"oui"`/`"non"` ([P]), `"true"`/`"false"` (DECA envoie la chaîne
 * `"true"`), `1`/`0`, `"O"`/`"N"`, sans tenir compte de la casse. Renvoie `undefined` pour
 * toute autre valeur (laissée telle quelle au schéma strict, qui la signale).
 *
 * @example
 * ```ts
 * normaliserBooleen("oui"); // true
 * normaliserBooleen("false"); // false
 * normaliserBooleen("peut-être"); // undefined
 * ```
 */
export function normaliserBooleen(valeur: unknown): boolean | undefined {
  if (typeof valeur === "boolean") return valeur;
  if (typeof valeur === "number") return valeur === 1 ? true : valeur === 0 ? false : undefined;
  if (typeof valeur !== "string") return undefined;
  const texte = valeur.trim().toLowerCase();
  if (VRAI.has(texte)) return true;
  if (FAUX.has(texte)) return false;
  return undefined;
}
