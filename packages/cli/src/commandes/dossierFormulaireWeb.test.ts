import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { dossierFormulaireWeb } from "./dossierFormulaireWeb";

describe("dossierFormulaireWeb", () => {
  it("rend le dossier donné par cheminRessources() du module importé, sans avis", async () => {
    const temporaire = mkdtempSync(join(tmpdir(), "formulaire-web-"));
    try {
      const module = join(temporaire, "ressources.mjs");
      writeFileSync(module, `export function cheminRessources() { return ${JSON.stringify(join(temporaire, "dist"))}; }\n`);
      const avis: string[] = [];
      const demandes: string[] = [];
      const dossier = await dossierFormulaireWeb(
        (t) => avis.push(t),
        (nom) => {
          demandes.push(nom);
          return import(pathToFileURL(module).href);
        },
      );
      expect(dossier).toBe(join(temporaire, "dist"));
      expect(demandes).toEqual(["@communs-opco/formulaire-web/ressources"]);
      expect(avis).toEqual([]);
    } finally {
      rmSync(temporaire, { recursive: true, force: true });
    }
  });

  it("dans le dépôt : le paquet construit @communs-opco/formulaire-web est trouvé, avec sa page et ses composants", async () => {
    const avis: string[] = [];
    const dossier = await dossierFormulaireWeb((t) => avis.push(t));
    expect(avis).toEqual([]);
    expect(dossier).toBeDefined();
    for (const fichier of ["index.html", "cerfa-apprentissage.js", "offres-alternance.js"]) expect(existsSync(join(dossier ?? "", fichier))).toBe(true);
  });

  it("paquet absent ou sans cheminRessources : undefined et un avis en français", async () => {
    for (const importer of [(nom: string) => import(`${nom}-absent-pour-ce-test`), async () => ({ autreExport: 1 })]) {
      const avis: string[] = [];
      expect(await dossierFormulaireWeb((t) => avis.push(t), importer)).toBeUndefined();
      expect(avis.join("")).toContain("formulaire web non servi à /formulaire/ (paquet @communs-opco/formulaire-web absent");
    }
  });
});
