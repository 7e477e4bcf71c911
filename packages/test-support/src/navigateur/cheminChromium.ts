import { accessSync, constants } from "node:fs";

/** Chromium de Debian (`apt-get install chromium`), installé par `.ci/run` quand il manque. */
const CHEMIN_DEBIAN = "/usr/bin/chromium";

/**
 * Chemin de l'exécutable Chromium des tests de navigateur : variable `CHROMIUM`, sinon
 * `/usr/bin/chromium` (paquet Debian ; aucun navigateur n'est téléchargé à l'installation).
 * Introuvable : `undefined` sur un poste de développement (les tests de navigateur sont sautés),
 * mais une erreur en français sous `CI=true` (la CI doit les exécuter).
 *
 * @example
 * ```ts
 * it.skipIf(cheminChromium() === undefined)("affiche le formulaire", async () => { … });
 * ```
 */
export function cheminChromium(env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  const chemin = env["CHROMIUM"] !== undefined && env["CHROMIUM"] !== "" ? env["CHROMIUM"] : CHEMIN_DEBIAN;
  try {
    accessSync(chemin, constants.X_OK);
    return chemin;
  } catch {
    if (env["CI"] === "true") {
      throw new Error(`Chromium introuvable (${chemin}) : en CI, les tests de navigateur sont obligatoires (apt-get install --no-install-recommends chromium, ou variable CHROMIUM)`);
    }
    return undefined;
  }
}
