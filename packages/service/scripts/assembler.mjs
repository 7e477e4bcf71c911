#!/usr/bin/env node
// Assemble le service prêt à lancer avec `node` seul, sans le dépôt : les paquets du dépôt dont
// dépend @communs-opco/service (npm pack de leur forme publiée, `dist` compris), puis
// `npm install --omit=dev` de ces archives et de leurs dépendances exactes dans DOSSIER.
// Le même script sert à la CI (test « assemblage ») et au Dockerfile : l'image et l'artefact
// testé sont les mêmes. Usage : node packages/service/scripts/assembler.mjs [DOSSIER]
// (par défaut packages/service/.assemblage). Les paquets doivent être compilés (npm run build).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const racine = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const destination = resolve(process.argv[2] ?? join(racine, "packages/service/.assemblage"));

/** Paquets de l'espace de travail : nom → dossier. */
const paquets = new Map();
for (const groupe of ["packages", "adapters"]) {
  for (const nom of readdirSync(join(racine, groupe))) {
    const manifeste = join(racine, groupe, nom, "package.json");
    if (existsSync(manifeste)) paquets.set(JSON.parse(readFileSync(manifeste, "utf8")).name, join(groupe, nom));
  }
}

// Fermeture transitive des dépendances (de production) internes du service.
const retenus = new Set();
const aVisiter = ["@communs-opco/service"];
while (aVisiter.length > 0) {
  const nom = aVisiter.pop();
  if (retenus.has(nom)) continue;
  retenus.add(nom);
  const { dependencies = {} } = JSON.parse(readFileSync(join(racine, paquets.get(nom), "package.json"), "utf8"));
  for (const dep of Object.keys(dependencies)) if (paquets.has(dep)) aVisiter.push(dep);
}
for (const nom of retenus) {
  if (!existsSync(join(racine, paquets.get(nom), "dist"))) {
    console.error(`assembler : ${nom} n'est pas compilé (lancer d'abord « npm run build »)`);
    process.exit(1);
  }
}

rmSync(destination, { recursive: true, force: true });
mkdirSync(join(destination, "paquets"), { recursive: true });
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const options = { cwd: racine, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] };
const pack = spawnSync(npm, ["pack", "--json", "--pack-destination", join(destination, "paquets"), ...[...retenus].sort().flatMap((n) => ["-w", n])], options);
if (pack.status !== 0) process.exit(pack.status ?? 1);
const archives = JSON.parse(pack.stdout);
const dependances = Object.fromEntries(archives.map((a) => [a.name, `file:paquets/${a.filename}`]).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(
  join(destination, "package.json"),
  `${JSON.stringify({ name: "communs-opco-service-assemble", version: "0.0.0", private: true, description: "Service Communs OPCO assemblé (node_modules/@communs-opco/cli/bin/opco.js serveur).", license: "MIT", type: "module", engines: { node: ">=20.19" }, dependencies: dependances }, null, 2)}\n`,
);
const installation = spawnSync(npm, ["install", "--omit=dev", "--no-audit", "--no-fund", "--ignore-scripts"], { ...options, cwd: destination, stdio: "inherit" });
if (installation.status !== 0) process.exit(installation.status ?? 1);
rmSync(join(destination, "paquets"), { recursive: true, force: true });
console.log(`Service assemblé dans ${destination} (${archives.length} paquets du dépôt) : node node_modules/@communs-opco/cli/bin/opco.js serveur`);
