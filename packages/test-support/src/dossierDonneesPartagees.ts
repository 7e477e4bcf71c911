import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Dossier des données publiques partagées (`shared/data`) utilisées par les tests : la variable
 * d'environnement `COMMUNS_OPCO_DONNEES` si elle est définie, sinon `<racine du dépôt>/../shared/data`
 * (le dépôt et `shared/` sont côte à côte, en local comme en intégration continue).
 *
 * @example
 * ```ts
 * const fichier = join(dossierDonneesPartagees(), "npec", "Referentiel-des-NPEC_vMAJ-09.04.2024.xlsx");
 * ```
 */
export function dossierDonneesPartagees(): string {
  const variable = process.env["COMMUNS_OPCO_DONNEES"];
  if (variable) return resolve(variable);
  let dossier = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifeste = join(dossier, "package.json");
    if (existsSync(manifeste) && "workspaces" in JSON.parse(readFileSync(manifeste, "utf8"))) {
      return join(dossier, "..", "shared", "data");
    }
    const parent = dirname(dossier);
    if (parent === dossier) throw new Error("racine du dépôt Communs OPCO introuvable (package.json avec workspaces)");
    dossier = parent;
  }
}
