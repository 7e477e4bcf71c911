import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

// Les guides de docs/ sont exécutables : chaque bloc ```ts est écrit dans un fichier temporaire
// du dépôt (tmp/, ignoré par git) et importé tel quel ; ses assertions (node:assert) doivent passer.
const racine = join(dirname(fileURLToPath(import.meta.url)), "..");
const GUIDES = ["integrer-dans-un-si.md", "publier-une-valeur-legale.md", "ecrire-un-adaptateur.md"];
const dossier = join(racine, "tmp", "guides");

function blocsTs(texte: string): string[] {
  return [...texte.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
}

afterAll(() => rmSync(dossier, { recursive: true, force: true }));

describe("guides de docs/", () => {
  for (const guide of GUIDES) {
    const blocs = blocsTs(readFileSync(join(racine, "docs", guide), "utf8"));
    it(`${guide} contient des exemples exécutables`, () => {
      expect(blocs.length).toBeGreaterThan(0);
    });
    blocs.forEach((bloc, i) => {
      it(`${guide}, bloc ${i + 1} s'exécute sans erreur`, async () => {
        mkdirSync(dossier, { recursive: true });
        const fichier = join(dossier, `${guide.replace(/\.md$/, "")}-${i + 1}.ts`);
        writeFileSync(fichier, `${bloc}\nexport {};\n`);
        await expect(import(pathToFileURL(fichier).href)).resolves.toBeDefined();
        // Premier chargement des sources des référentiels et des adaptateurs : lent sur une machine chargée.
      }, 120_000);
    });
  }
});
