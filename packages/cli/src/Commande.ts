import type { ContexteCli } from "./ContexteCli";

/**
 * Une sous-commande de `opco`. Chaque commande vit dans son propre fichier sous `src/commandes/`
 * et s'enregistre dans `src/commandes.ts`.
 *
 * Codes de sortie : 0 succès, 1 résultat négatif (valeur invalide, constat bloquant…),
 * 2 erreur d'utilisation (lever {@link ErreurUsage}), 3 échec d'entrée-sortie ou de source
 * (lever `ErreurEntreeSortie` ; toute autre erreur imprévue donne aussi 3, message traduit).
 *
 * @example
 * ```ts
 * export const commandeBonjour: Commande = {
 *   nom: "bonjour",
 *   resume: "Dit bonjour.",
 *   usage: "opco bonjour",
 *   async executer(_args, contexte) {
 *     contexte.ecrire("Bonjour\n");
 *     return 0;
 *   },
 * };
 * ```
 */
export interface Commande {
  /** Nom de la sous-commande (`identifiant`, `controle`…). */
  nom: string;
  /** Résumé d'une ligne, affiché par `opco --aide`. */
  resume: string;
  /** Texte d'aide complet (syntaxe et options). */
  usage: string;
  /** Exécute la commande avec ses arguments (sans le nom de la commande) ; renvoie le code de sortie. */
  executer(args: string[], contexte: ContexteCli): Promise<number>;
}
