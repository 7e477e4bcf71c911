import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cheminChromium } from "./cheminChromium";
import { lancerChromium } from "./lancerChromium";

describe("lancerChromium", () => {
  it.skipIf(cheminChromium() === undefined)("ouvre une page data:, lit son titre, puis supprime le profil temporaire", async () => {
    const chromium = await lancerChromium();
    try {
      expect(existsSync(chromium.profil)).toBe(true);
      const arguments_ = chromium.navigateur.process()?.spawnargs ?? [];
      expect(arguments_).toEqual(expect.arrayContaining(["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", `--user-data-dir=${chromium.profil}`]));
      expect(arguments_.some((a) => a.startsWith("--headless"))).toBe(true);
      const page = await chromium.navigateur.newPage();
      await page.goto("data:text/html;charset=utf-8,<title>Communs OPCO — essai</title><p>Bonjour</p>");
      expect(await page.title()).toBe("Communs OPCO — essai");
      expect(await page.$eval("p", (p) => p.textContent)).toBe("Bonjour");
    } finally {
      await chromium.fermer();
    }
    expect(existsSync(chromium.profil)).toBe(false);
    expect(chromium.navigateur.connected).toBe(false);
  });

  it("sous CI=true, un Chromium absent est une erreur ; hors CI, il est seulement signalé absent", () => {
    const absent = "/chemin/sans/chromium";
    expect(cheminChromium({ CHROMIUM: absent })).toBeUndefined();
    expect(() => cheminChromium({ CHROMIUM: absent, CI: "true" })).toThrow(/Chromium introuvable \(\/chemin\/sans\/chromium\) : en CI/);
  });

  it("lancerChromium refuse un exécutable introuvable, en français", async () => {
    await expect(lancerChromium({ cheminExecutable: "/chemin/sans/chromium" })).rejects.toThrow(/Chromium \(\/chemin\/sans\/chromium\) n'a pas démarré/);
  });
});
