#!/usr/bin/env node
// `npm start` : compile la CLI et ses seules dépendances d'exécution (en annonçant ce qu'il fait), puis lance la tâche principale hors ligne :
// `opco controle` sur le jeu de démonstration embarqué (500 contrats, dont des défauts connus et
// quelques lignes illisibles), à une date d'évaluation fixe : les règles du contrat, puis les 12
// vérifications avant paiement sur l'instantané embarqué des référentiels (mode par défaut
// `--referentiel embarque`, sans réseau ; ce qui ne se vérifie qu'en ligne est listé une fois, « non exécuté »).
// Affiche le résumé, le bloc « Vérifications avant paiement » et écrit `rapport-controle.html` à la
// racine du dépôt (ignoré par git).
//
// Le jeu de démonstration contient volontairement des constats bloquants : le code de sortie 1
// de `opco controle` est donc le résultat attendu, et `npm start` se termine avec le code 0.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const racine = join(dirname(fileURLToPath(import.meta.url)), "..");
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1" };
const DATE_DEMO = "2025-11-03";
const RAPPORT = "rapport-controle.html";

function lancer(commande, args) {
  const r = spawnSync(commande, args, { stdio: "inherit", env, cwd: racine });
  if (r.error) {
    process.stderr.write(`npm start : impossible de lancer ${commande} (${r.error.message}).\n`);
    process.exit(1);
  }
  return r.status ?? 1;
}

// Seulement ce dont la CLI a besoin à l'exécution : elle et ses dépendances, sans le paquet
// privé des tests (@communs-opco/test-support, dépendance de développement).
const cible = ["--filter=@communs-opco/cli...", "--filter=!@communs-opco/test-support", "--only"];
const aCompiler = spawnSync("npx", ["turbo", "run", "build", ...cible, "--dry-run=json"], { env, cwd: racine, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
let detail = "";
if (aCompiler.status === 0) {
  try {
    const taches = JSON.parse(aCompiler.stdout).tasks ?? [];
    const enCache = taches.filter((t) => t.cache?.status === "HIT").length;
    detail = ` (${taches.length} paquets, dont ${enCache} déjà compilés et repris du cache)`;
  } catch {
    // plan illisible : l'annonce reste sans le détail
  }
}
process.stdout.write(`npm start : compilation de la CLI opco et de ses dépendances${detail}…\n`);
const debut = Date.now();
const build = lancer("npx", ["turbo", "run", "build", ...cible, "--output-logs=errors-only", "--log-prefix=none"]);
if (build !== 0) {
  process.stderr.write(`npm start : la compilation a échoué (code ${build}).\n`);
  process.exit(build);
}
process.stdout.write(`npm start : compilation terminée en ${Math.round((Date.now() - debut) / 1000)} s.\n`);
process.stdout.write(
  `npm start : contrôle du jeu de démonstration (packages/cli/data/contrats-demo.jsonl, date d'évaluation ${DATE_DEMO}, référentiel embarqué, hors ligne)…\n\n`,
);

const code = lancer("node", [
  "packages/cli/bin/opco.js",
  "controle",
  "packages/cli/data/contrats-demo.jsonl",
  "--date",
  DATE_DEMO,
  "--referentiel",
  "embarque",
  "--rapport",
  RAPPORT,
]);
if (code === 0 || code === 1) {
  if (code === 1) {
    process.stdout.write(
      `\nNote : des constats bloquants ont été relevés (code de sortie 1 d'« opco controle »). C'est attendu : le jeu de démonstration contient des défauts connus. ` +
        `Ce qui ne se vérifie pas hors ligne (activité des SIRET employeurs, offre au catalogue…) est listé une fois en tête (« Non exécutées hors ligne ») : services en ligne avec --referentiel mixte.\n`,
    );
  }
  process.stdout.write(`Rapport HTML : ${join(racine, RAPPORT)}\n`);
  process.exit(0);
}
process.stderr.write(`npm start : « opco controle » a échoué (code de sortie ${code}).\n`);
process.exit(code);
