import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Chemin absolu du dossier des fichiers construits du formulaire (`dist/` du paquet :
 * `cerfa-apprentissage.js`, `offres-alternance.js` et leurs morceaux partagés), à servir tel quel
 * par un serveur statique, par exemple sous `/formulaire/` dans `opco serveur`. Côté Node
 * uniquement : les composants eux-mêmes n'importent aucun module `node:`.
 *
 * @example
 * ```ts
 * import { cheminRessources } from "@communs-opco/formulaire-web/ressources";
 * const dossier = cheminRessources(); // …/node_modules/@communs-opco/formulaire-web/dist
 * ```
 */
export function cheminRessources(): string {
  // Compilé, ce module est dist/ressources.js ; depuis les sources (tests), src/ressources.ts.
  const ici = dirname(fileURLToPath(import.meta.url));
  return basename(ici) === "src" ? join(dirname(ici), "dist") : ici;
}
