#!/usr/bin/env node
// `npm start` : compile la CLI et ses dépendances, puis lance la tâche principale hors ligne
// sur les données de démonstration embarquées.
import { spawnSync } from "node:child_process";

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1" };
function lancer(commande, args) {
  const r = spawnSync(commande, args, { stdio: "inherit", env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

lancer("npx", ["turbo", "run", "build", "--filter=@communs-opco/cli...", "--output-logs=errors-only"]);
lancer("node", ["packages/cli/bin/opco.js", "identifiant", "35600000009075", "0951099D", "RNCP34825", "62.01Z"]);
