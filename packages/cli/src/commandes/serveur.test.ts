import { describe, expect, it } from "vitest";
import { contexteCliCapture } from "../contexteCliCapture";
import { executerCli } from "../executerCli";

describe("opco serveur", () => {
  it("erreurs d'utilisation en français, code 2, sans démarrer le service", async () => {
    for (const [args, message] of [
      [["--port", "99999"], "l'option --port attend un port de 0 à 65535"],
      [["--debit", "beaucoup"], "l'option --debit attend N/SECONDES"],
      [["--limite-corps", "0"], "l'option --limite-corps attend un entier positif"],
      [["inattendu"], "argument inattendu : inattendu"],
      [["--referentiel", "dossier-qui-n-existe-pas", "--port", "0"], "référentiel « dossier-qui-n-existe-pas »"],
    ] as const) {
      const c = contexteCliCapture();
      expect(await executerCli(["serveur", ...args], c)).toBe(2);
      expect(c.erreurs.join("")).toContain(message);
      expect(c.sortie.join("")).toBe("");
    }
  });

  it("figure dans l'aide générale", async () => {
    const c = contexteCliCapture();
    await executerCli(["--aide"], c);
    expect(c.sortie.join("")).toMatch(/serveur\s+Démarre le service HTTP/);
  });
});
