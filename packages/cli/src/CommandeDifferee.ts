import type { Commande } from "./Commande";

/**
 * Entrée du registre des sous-commandes de `opco` : le nom et le résumé (affichés par
 * `opco --aide` sans rien charger) et le chargement différé du module de la commande, importé
 * seulement quand elle est lancée. Ainsi `opco --aide` ou `opco identifiant` ne paient pas le
 * chargement des adaptateurs, des référentiels ou du moteur de règles.
 *
 * Le résumé est celui de la commande chargée (vérifié par les tests du registre).
 *
 * @example
 * ```ts
 * const entree: CommandeDifferee = {
 *   nom: "identifiant",
 *   resume: "Contrôle et normalise des identifiants (SIRET, UAI, NIR, CFD, RNCP, IDCC, NAF…).",
 *   charger: async () => (await import("./commandes/identifiant")).commandeIdentifiant,
 * };
 * const commande = await entree.charger();
 * ```
 */
export interface CommandeDifferee {
  /** Nom de la sous-commande, identique à celui de la commande chargée. */
  readonly nom: string;
  /** Résumé d'une ligne, identique à celui de la commande chargée. */
  readonly resume: string;
  /** Importe le module de la commande et renvoie la commande. */
  charger(): Promise<Commande>;
}
