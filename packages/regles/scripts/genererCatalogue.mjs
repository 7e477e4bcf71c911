// Génère docs/regles.md (catalogue des règles) à partir du registre compilé (dist/index.js).
// Usage : node scripts/genererCatalogue.mjs (lancé par `npm run build` après tsup).
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { catalogueMarkdown, registreContrat } from "../dist/index.js";

const cible = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "docs", "regles.md");
await mkdir(dirname(cible), { recursive: true });
await writeFile(cible, catalogueMarkdown(registreContrat), "utf8");
console.log(`docs/regles.md : ${registreContrat.regles.length} règles.`);
