import { statutsDeca } from "./statutsDeca.js";

/**
 * Convertit un statut DECA en état standard ; `undefined` pour un statut inconnu (il
 * est alors conservé tel quel dans `commentaireEtat`). Tolère la casse, les espaces et
 * l'absence d'accents (« ANNULE », « supprime »).
 *
 * @example
 * ```ts
 * statutVersEtat(""); // "DEPOSE"
 * statutVersEtat("Supprimé"); // "ANNULE"
 * statutVersEtat("Inconnu"); // undefined
 * ```
 */
export function statutVersEtat(statut: unknown): string | undefined {
  if (statut === null || statut === undefined) return undefined;
  if (typeof statut !== "string") return undefined;
  const cle = statutCanonique(statut);
  return cle === undefined ? undefined : statutsDeca[cle];
}

/**
 * Forme documentée d'un statut DECA reçu avec une autre casse ou sans accents.
 *
 * @example
 * ```ts
 * statutCanonique(" rompu "); // "Rompu"
 * ```
 */
export function statutCanonique(statut: string): keyof typeof statutsDeca | undefined {
  const simplifie = (s: string) =>
    s
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .trim()
      .toUpperCase();
  const recu = simplifie(statut);
  return (Object.keys(statutsDeca) as (keyof typeof statutsDeca)[]).find((cle) => simplifie(cle) === recu);
}
