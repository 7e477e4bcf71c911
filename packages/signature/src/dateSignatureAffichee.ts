import { heureDeParis } from "@communs-opco/dates";

/**
 * Date et heure de Paris affichées dans l'apparence d'une signature : « JJ/MM/AAAA à HH:MM »
 * (fuseau `Europe/Paris`, heure d'été comprise, calculé par `heureDeParis` de `@communs-opco/dates`).
 *
 * @example
 * ```ts
 * dateSignatureAffichee(new Date("2025-09-03T08:15:00Z")); // "03/09/2025 à 10:15"
 * ```
 */
export function dateSignatureAffichee(date: Date): string {
  const paris = heureDeParis(date.getTime());
  const [annee, mois, jour] = paris.date.split("-");
  return `${jour ?? ""}/${mois ?? ""}/${annee ?? ""} à ${paris.horaire.slice(0, 5)}`;
}
