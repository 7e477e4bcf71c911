import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { commandes } from "./commandes";
import { contexteCliCapture } from "./contexteCliCapture";
import { executerCli } from "./executerCli";

const versionPaquet = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;

describe("opco (aide, version, registre des commandes)", () => {
  it("« opco --version » et « opco -v » affichent la version du paquet (code 0)", async () => {
    for (const option of ["--version", "-v"]) {
      const c = contexteCliCapture();
      expect(await executerCli([option], c)).toBe(0);
      expect(c.sortie.join("")).toBe(`${versionPaquet}\n`);
      expect(c.erreurs).toEqual([]);
    }
  });

  it("« opco --aide » liste chaque commande avec son résumé et mentionne --version", async () => {
    const c = contexteCliCapture();
    expect(await executerCli(["--aide"], c)).toBe(0);
    const aide = c.sortie.join("");
    for (const { nom, resume } of commandes) expect(aide).toMatch(new RegExp(`^  ${nom} +${resume.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "m"));
    expect(aide).toContain("« opco --version » affiche la version.");
  });

  it("chaque entrée du registre charge la commande de même nom et de même résumé", async () => {
    const noms = new Set<string>();
    for (const entree of commandes) {
      const commande = await entree.charger();
      expect(commande.nom).toBe(entree.nom);
      expect(commande.resume).toBe(entree.resume);
      expect(commande.usage).toContain(`opco ${entree.nom}`);
      noms.add(entree.nom);
    }
    expect(noms.size).toBe(commandes.length);
    // Charge toutes les commandes depuis les sources (adaptateurs, référentiels, règles) : lent sur une machine chargée.
  }, 120_000);

  it("une commande inconnue renvoie le code 2 et l'aide générale sur la sortie d'erreur", async () => {
    const c = contexteCliCapture();
    expect(await executerCli(["versions"], c)).toBe(2);
    expect(c.erreurs.join("")).toContain("opco : commande inconnue « versions ».");
    expect(c.sortie).toEqual([]);
  });
});
