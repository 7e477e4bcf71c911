import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Vrai si `pdfsig` (poppler-utils) est installé. */
export const pdfsigDisponible = spawnSync("pdfsig", ["-v"], { encoding: "utf8" }).error === undefined;

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
  try {
    execFileSync("openssl", ["version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
