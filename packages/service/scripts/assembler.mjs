#!/usr/bin/env node
// Assemble le service prêt à lancer avec `node` seul, sans le dépôt : le manifeste racine et le
// fichier de verrouillage **commis** (package-lock.json), la forme publiée (npm pack, `dist`
// compris) des paquets du dépôt dont dépend @communs-opco/service, chacun à sa place d'espace de
// travail, puis `npm ci --omit=dev` limité à l'espace de travail du service : les dépendances
// externes installées sont exactement celles du verrou, sans dépendance de développement.
// Le même script sert à la CI (test « assemblage ») et au Dockerfile : l'image et l'artefact
// testé sont les mêmes. Usage : node packages/service/scripts/assembler.mjs [DOSSIER]
// (par défaut packages/service/.assemblage). Les paquets doivent être compilés (npm run build).
// Lancement : node node_modules/@communs-opco/cli/bin/opco.js serveur (depuis DOSSIER).
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
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
const archives = join(destination, ".paquets");
mkdirSync(archives, { recursive: true });
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const options = { cwd: racine, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] };
const pack = spawnSync(npm, ["pack", "--json", "--pack-destination", archives, ...[...retenus].sort().flatMap((n) => ["-w", n])], options);
if (pack.status !== 0) process.exit(pack.status ?? 1);
// Chaque paquet, dans sa forme publiée, à son chemin d'espace de travail (celui que le verrou connaît).
for (const { name, filename } of JSON.parse(pack.stdout)) {
  const dossier = join(destination, paquets.get(name));
  mkdirSync(dossier, { recursive: true });
  const extraction = spawnSync("tar", ["-xzf", join(archives, filename), "-C", dossier, "--strip-components=1"], { stdio: "inherit" });
  if (extraction.status !== 0) process.exit(extraction.status ?? 1);
}
rmSync(archives, { recursive: true, force: true });
for (const fichier of ["package.json", "package-lock.json", ".npmrc"]) copyFileSync(join(racine, fichier), join(destination, fichier));
// npm ci : installation exacte du verrou commis, dépendances de production du seul service (et de
// ses paquets internes, liés par l'espace de travail) ; sans réseau si le cache npm les a déjà.
const installation = spawnSync(
  npm,
  ["ci", "--omit=dev", "--workspace=@communs-opco/service", "--include-workspace-root=false", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts"],
  { ...options, cwd: destination, stdio: "inherit" },
);
if (installation.status !== 0) process.exit(installation.status ?? 1);
console.log(`Service assemblé dans ${destination} (${retenus.size} paquets du dépôt) : node node_modules/@communs-opco/cli/bin/opco.js serveur`);
