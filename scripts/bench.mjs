#!/usr/bin/env node
// `npm run bench` : compile les paquets puis exécute chaque fichier `bench/*.bench.mjs`
// des paquets et adaptateurs. Chaque banc imprime une ligne JSON par mesure.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1" };
const build = spawnSync("npx", ["turbo", "run", "build", "--output-logs=errors-only"], { stdio: ["ignore", "ignore", "inherit"], env });
if (build.status !== 0) process.exit(build.status ?? 1);

const filtre = process.argv[2];
let statut = 0;
for (const racine of ["packages", "adapters"]) {
  for (const paquet of readdirSync(racine)) {
    const dossier = join(racine, paquet, "bench");
    if (!existsSync(dossier)) continue;
    for (const fichier of readdirSync(dossier).filter((f) => f.endsWith(".bench.mjs")).sort()) {
      if (filtre && !fichier.includes(filtre)) continue;
      const r = spawnSync("node", ["--expose-gc", join(dossier, fichier)], { stdio: "inherit", env });
      if (r.status !== 0) statut = 1;
    }
  }
}
if (!filtre || "controle.mjs".includes(filtre)) if (spawnSync("node", ["--expose-gc", join("scripts", "bench", "controle.mjs")], { stdio: "inherit", env }).status !== 0) statut = 1;
process.exit(statut);
