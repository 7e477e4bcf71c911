import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * En intégration continue (`CI=true`), `.ci/run` installe poppler-utils et openssl : leur absence y
 * fait échouer les tests qui les utilisent, jamais un saut silencieux. Hors CI, ces tests sont
 * sautés sur une machine qui n'a pas ces outils.
 */
const exigesEnCi = process.env["CI"] === "true";

/** Vrai si `pdfsig` (poppler-utils) est installé (toujours vrai en CI : voir ci-dessus). */
export const pdfsigDisponible = exigesEnCi || spawnSync("pdfsig", ["-v"], { encoding: "utf8" }).error === undefined;

/** Sortie de `pdfsig` (vérificateur indépendant, poppler/NSS) sur un PDF écrit dans un dossier temporaire. */
export function pdfsig(pdf: Uint8Array): string {
  const dossier = mkdtempSync(join(tmpdir(), "pdfsig-"));
  try {
    const fichier = join(dossier, "document.pdf");
    writeFileSync(fichier, pdf);
    const resultat = spawnSync("pdfsig", [fichier], { encoding: "utf8" });
    return `${resultat.stdout}${resultat.stderr}`;
  } finally {
    rmSync(dossier, { recursive: true, force: true });
  }
}

/** Vrai si la commande `openssl` est disponible. */
export const opensslDisponible = (() => {
  if (exigesEnCi) return true;
  try {
    execFileSync("openssl", ["version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
