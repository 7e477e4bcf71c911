#!/usr/bin/env node
// Commande de test du dépôt (`npm test`) : annonce et chronomètre chaque phase — manifestes,
// dépendances, exportations et fichiers inutilisés (knip),
// compilation et vérifications, exemples, documentation, publication sur un registre local,
// tests vitest. Imprime toujours une ligne finale « N passed, N failed » lue dans le rapport JSON
// de vitest ; chaque phase en échec y compte pour un échec.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1", FORCE_COLOR: process.env.FORCE_COLOR ?? "0" };
const rapport = ".vitest/resultats.json";
const PHASES = 7;
let numero = 0;
let phasesEnEchec = 0;

function lancer(commande, args) {
  console.log(`$ ${commande} ${args.join(" ")}`);
  const r = spawnSync(commande, args, { stdio: "inherit", env });
  return r.status ?? 1;
}

/** Exécute une phase annoncée : `action` renvoie vrai si la phase réussit. */
function phase(titre, action) {
  numero += 1;
  console.log(`\n=== Phase ${numero}/${PHASES} : ${titre}`);
  const debut = Date.now();
  const reussie = action();
  const duree = Math.round((Date.now() - debut) / 1000);
  console.log(`=== Phase ${numero}/${PHASES} ${reussie ? "réussie" : "EN ÉCHEC"} (${duree} s) : ${titre}`);
  if (!reussie) phasesEnEchec += 1;
  return reussie;
}

phase("manifestes (plages internes ^version, LICENSE dans chaque paquet public)", () => lancer("node", ["scripts/versions-internes.mjs", "--verifier"]) === 0);

// knip lit les sources (pas dist/) : il tourne avant la compilation. Configuration : knip.jsonc.
phase("dépendances, exportations et fichiers inutilisés (knip)", () => lancer("npx", ["knip", "--no-progress"]) === 0);

const compile = phase("compilation, vérification des types, forme publiée des paquets (publint, attw)", () => {
  const ok = lancer("npx", ["turbo", "run", "build", "typecheck", "lint", "--output-logs=errors-only"]) === 0;
  if (!ok) console.error("Échec de la compilation, de la vérification des types ou du contrôle des paquets.");
  return ok;
});

// Les exemples sont des paquets privés : compilés par turbo ci-dessus, exécutés ici.
phase("exécution des exemples (examples/*)", () => {
  if (!compile) {
    console.log("Non exécutée : la compilation a échoué.");
    return false;
  }
  let ok = true;
  for (const exemple of readdirSync("examples")) {
    const manifeste = join("examples", exemple, "package.json");
    if (!existsSync(manifeste)) continue;
    const { name, scripts } = JSON.parse(readFileSync(manifeste, "utf8"));
    if (scripts?.start && lancer("npm", ["start", "--silent", "-w", name]) !== 0) {
      console.error(`L'exemple ${name} a échoué.`);
      ok = false;
    }
  }
  return ok;
});

phase("documentation de l'API (TypeDoc, liens vérifiés)", () => {
  if (!compile) {
    console.log("Non exécutée : la compilation a échoué.");
    return false;
  }
  return lancer("node", ["scripts/docs.mjs"]) === 0;
});

phase("publication vérifiée sur un registre local (npm run publication:verifier)", () => {
  if (!compile) {
    console.log("Non exécutée : la compilation a échoué.");
    return false;
  }
  return lancer("node", ["scripts/publication-verifier.mjs"]) === 0;
});

mkdirSync(".vitest", { recursive: true });
rmSync(rapport, { force: true });
let statutTests = 1;
phase("tests vitest (tous les paquets)", () => {
  statutTests = lancer("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${rapport}`]);
  return statutTests === 0;
});

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
// Chaque phase en échec autre que les tests vitest (déjà décomptés ci-dessus) compte pour un échec.
const autresEchecs = phasesEnEchec - (statutTests !== 0 ? 1 : 0);
echoues += autresEchecs;
console.log(`\nBilan : ${PHASES - phasesEnEchec}/${PHASES} phases réussies.`);
console.log(`\n${reussis} passed, ${echoues} failed`);
process.exit(phasesEnEchec > 0 || echoues > 0 ? 1 : 0);
