import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** Dossier du paquet test-support (celui qui contient `donnees/` et `package.json`), depuis `src/` ou `dist/`. */
function dossierPaquet(): string {
  let dossier = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dossier, "donnees", "README.md")) && existsSync(join(dossier, "package.json"))) return dossier;
    const parent = dirname(dossier);
    if (parent === dossier) throw new Error("dossier des données de test introuvable (packages/test-support/donnees)");
    dossier = parent;
  }
}

/**
 * Dossier des données publiques de test **copiées dans le dépôt** (`packages/test-support/donnees`,
 * provenance et licences dans son README). Les tests n'ont besoin d'aucun dossier hors du dépôt :
 * un clone seul suffit.
 *
 * @example
 * ```ts
 * const fichier = join(dossierDonneesPartagees(), "npec", "Referentiel-des-NPEC_vMAJ-09.04.2024.xlsx");
 * ```
 */
export function dossierDonneesPartagees(): string {
  return join(dossierPaquet(), "donnees");
}

/**
 * Chemin d'un fichier (ou dossier) des données de test du dépôt ; **lève une erreur** s'il est
 * absent, pour qu'une donnée manquante fasse échouer le test au lieu de le sauter en silence.
 *
 * @example
 * ```ts
 * const csv = fichierDonneesTest("opco-rncp", "akto.csv");
 * ```
 */
export function fichierDonneesTest(...segments: string[]): string {
  const chemin = join(dossierDonneesPartagees(), ...segments);
  if (!existsSync(chemin)) throw new Error(`donnée de test absente du dépôt : ${segments.join("/")} (voir packages/test-support/donnees/README.md)`);
  return chemin;
}
