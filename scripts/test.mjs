#!/usr/bin/env node
// Commande de test du dépôt (`npm test`) : compile, vérifie les types, contrôle la forme
// publiée des paquets, puis exécute tous les tests vitest. Imprime toujours une ligne
// finale « N passed, N failed » lue dans le rapport JSON de vitest.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1", FORCE_COLOR: process.env.FORCE_COLOR ?? "0" };
const rapport = ".vitest/resultats.json";

function lancer(commande, args) {
  console.log(`\n> ${commande} ${args.join(" ")}`);
  const r = spawnSync(commande, args, { stdio: "inherit", env });
  return r.status ?? 1;
}

let echec = lancer("npx", ["turbo", "run", "build", "typecheck", "lint", "--output-logs=errors-only"]);
if (echec !== 0) {
  console.error("\nÉchec de la compilation, de la vérification des types ou du contrôle des paquets.");
}

// Les exemples sont des paquets privés : compilés par turbo ci-dessus, exécutés ici.
if (echec === 0) {
  for (const exemple of readdirSync("examples")) {
    const manifeste = join("examples", exemple, "package.json");
    if (!existsSync(manifeste)) continue;
    const { name, scripts } = JSON.parse(readFileSync(manifeste, "utf8"));
    if (scripts?.start && lancer("npm", ["start", "--silent", "-w", name]) !== 0) {
      console.error(`\nL'exemple ${name} a échoué.`);
      echec = 1;
    }
  }
}

mkdirSync(".vitest", { recursive: true });
rmSync(rapport, { force: true });
const statutTests = lancer("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${rapport}`]);

let reussis = 0;
let echoues = 0;
if (existsSync(rapport)) {
  const resultats = JSON.parse(readFileSync(rapport, "utf8"));
  reussis = resultats.numPassedTests ?? 0;
  echoues = resultats.numFailedTests ?? 0;
  // Une suite qui ne se charge pas (erreur d'import) compte comme un échec.
  for (const suite of resultats.testResults ?? []) {
    if (suite.status === "failed" && (suite.assertionResults ?? []).length === 0) echoues += 1;
  }
} else {
  echoues += 1;
}
if (echec !== 0) echoues += 1;
console.log(`\n${reussis} passed, ${echoues} failed`);
process.exit(echec !== 0 || statutTests !== 0 || echoues > 0 ? 1 : 0);
