// Écrit les JSON Schema (2020-12) des schémas stricts dans docs/schemas/<nom>.schema.json.
// Lancé par `npm run build` après tsup : importe le paquet construit (../dist/index.js).
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { exporterJsonSchemas } from "../dist/index.js";

const racine = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
const dossier = join(racine, "docs", "schemas");
mkdirSync(dossier, { recursive: true });
const schemas = exporterJsonSchemas();
for (const [nom, schema] of Object.entries(schemas)) {
  writeFileSync(join(dossier, `${nom}.schema.json`), `${JSON.stringify(schema, null, 2)}\n`);
}
console.log(JSON.stringify({ dossier: "docs/schemas", fichiers: Object.keys(schemas).map((nom) => `${nom}.schema.json`) }));
