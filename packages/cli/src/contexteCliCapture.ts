import type { ContexteCli } from "./ContexteCli";

/**
 * Contexte de CLI qui capture ce que les commandes écrivent, pour les tests (ce fichier n'est
 * pas exporté par le paquet) : `sortie` et `erreurs` reçoivent les textes écrits sur la sortie
 * standard et la sortie d'erreur. `repertoire` vaut par défaut le répertoire courant ; `entree`
 * est le texte de l'entrée standard (vide par défaut : entrée interactive, rien de redirigé).
 *
 * @example
 * ```ts
 * const c = contexteCliCapture({ entree: '{"siret":"35600000009075"}' });
 * await executerCli(["formats", "--json"], c);
 * JSON.parse(c.sortie.join(""));
 * ```
 */
export function contexteCliCapture(options: { repertoire?: string; entree?: string | Uint8Array } = {}): ContexteCli & { sortie: string[]; erreurs: string[] } {
  const entree = options.entree ?? "";
  const octets = typeof entree === "string" ? new TextEncoder().encode(entree) : entree;
  const sortie: string[] = [];
  const erreurs: string[] = [];
  return {
    sortie,
    erreurs,
    ecrire: (t) => sortie.push(t),
    ecrireErreur: (t) => erreurs.push(t),
    repertoire: options.repertoire ?? process.cwd(),
    lireEntreeStandard: async () => new TextDecoder().decode(octets),
    lireEntreeStandardOctets: async () => octets,
    entreeStandardInteractive: octets.length === 0,
  };
}
