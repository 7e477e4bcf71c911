// Génère docs/regles.md (catalogue des règles) et docs/controles.md (fondement et écarts) à partir du registre.
// Usage : node scripts/genererCatalogue.mjs (lancé par `npm run build` après tsup, lit dist/index.js),
// ou `npm run catalogue` (lit les sources via tsx, sans compiler les paquets voisins).
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const { catalogueMarkdown, documentationControles, registreContrat } = process.argv.includes("--sources") ? await import("../src/index.ts") : await import("../dist/index.js");
const cible = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "docs", "regles.md");
await mkdir(dirname(cible), { recursive: true });
await writeFile(cible, catalogueMarkdown(registreContrat), "utf8");
await writeFile(join(dirname(cible), "controles.md"), documentationControles(registreContrat), "utf8");
console.log(`docs/regles.md et docs/controles.md : ${registreContrat.regles.length} règles.`);
