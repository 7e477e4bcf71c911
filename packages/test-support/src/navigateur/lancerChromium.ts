import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "puppeteer-core";
import { cheminChromium } from "./cheminChromium";

/**
 * Chromium lancé pour un test : le navigateur (puppeteer-core) et sa fermeture, qui supprime
 * aussi le profil temporaire.
 *
 * @example
 * ```ts
 * const chromium = await lancerChromium();
 * try { const page = await chromium.navigateur.newPage(); } finally { await chromium.fermer(); }
 * ```
 */
export interface ChromiumLance {
  readonly navigateur: Browser;
  /** Dossier du profil (`--user-data-dir`), neuf à chaque lancement. */
  readonly profil: string;
  /** Ferme le navigateur (même planté) et supprime le profil ; sans effet la seconde fois. */
  fermer(): Promise<void>;
}

/**
 * Options de {@link lancerChromium}.
 *
 * @example
 * ```ts
 * const options: OptionsChromium = { argumentsSupplementaires: ["--window-size=1280,900"] };
 * ```
 */
export interface OptionsChromium {
  /** Exécutable ; par défaut {@link cheminChromium} (variable `CHROMIUM` ou `/usr/bin/chromium`). */
  readonly cheminExecutable?: string;
  /** Drapeaux ajoutés aux drapeaux de test. */
  readonly argumentsSupplementaires?: readonly string[];
  /** Délai de démarrage du navigateur, en ms. @default 30000 */
  readonly delaiLancementMs?: number;
}

/**
 * Drapeaux de Chromium pour les tests : sans bac à sable (conteneurs de CI), sans GPU, sans trafic
 * réseau de fond (mises à jour, synchronisation, premier lancement). Le mode sans interface
 * (`--headless`) est ajouté par puppeteer.
 */
const DRAPEAUX = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] as const;

/**
 * Lance le Chromium du système sans interface (`--headless`) par puppeteer-core, avec un profil
 * temporaire neuf (`--user-data-dir`) supprimé à la fermeture. Lève une erreur en français si
 * Chromium est introuvable (voir {@link cheminChromium} pour sauter un test hors CI).
 *
 * @example
 * ```ts
 * const chromium = await lancerChromium();
 * try {
 *   const page = await chromium.navigateur.newPage();
 *   await page.goto("data:text/html,<title>Bonjour</title>");
 *   await page.title(); // "Bonjour"
 * } finally {
 *   await chromium.fermer();
 * }
 * ```
 */
export async function lancerChromium(options: OptionsChromium = {}): Promise<ChromiumLance> {
  const executable = options.cheminExecutable ?? cheminChromium();
  if (executable === undefined) throw new Error("Chromium introuvable : installer le paquet Debian chromium ou définir la variable CHROMIUM");
  const { launch } = await import("puppeteer-core");
  const profil = mkdtempSync(join(tmpdir(), "chromium-test-"));
  let navigateur: Browser;
  try {
    navigateur = await launch({
      executablePath: executable,
      headless: true,
      userDataDir: profil,
      args: [...DRAPEAUX, ...(options.argumentsSupplementaires ?? [])],
      timeout: options.delaiLancementMs ?? 30_000,
    });
  } catch (erreur) {
    rmSync(profil, { recursive: true, force: true });
    throw new Error(`Chromium (${executable}) n'a pas démarré : ${erreur instanceof Error ? erreur.message.split("\n")[0] : String(erreur)}`);
  }
  let fermeture: Promise<void> | undefined;
  return {
    navigateur,
    profil,
    fermer() {
      fermeture ??= (async () => {
        try {
          await navigateur.close();
        } catch {
          // Navigateur déjà arrêté ou planté : son processus est tué ci-dessous.
          navigateur.process()?.kill("SIGKILL");
        } finally {
          rmSync(profil, { recursive: true, force: true, maxRetries: 3 });
        }
      })();
      return fermeture;
    },
  };
}
