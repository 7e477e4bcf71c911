// Génère docs/parametres.md à partir du catalogue compilé (dist/index.js).
// Usage : node scripts/genererDocumentation.mjs (lancé par `npm run build` après tsup).
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { catalogueParametres, documentationParametres } from "../dist/index.js";

const cible = join(dirname(fileURLToPath(import.meta.url)), "..", "docs", "parametres.md");
await mkdir(dirname(cible), { recursive: true });
await writeFile(cible, documentationParametres(catalogueParametres), "utf8");
console.log(`docs/parametres.md : ${catalogueParametres.length} paramètres.`);
