// Banc d'essai du démarrage de la CLI compilée (`dist/cli.js`), mesuré dans des processus enfants :
// `opco --aide`, `opco --version` et `opco identifiant 0951099D` (commandes qui ne doivent charger ni
// les adaptateurs, ni les référentiels, ni le moteur de règles). Chaque commande est lancée
// BENCH_DEMARRAGES fois (5 par défaut) ; on garde la médiane du temps processeur (utilisateur +
// système, tout le processus, démarrage de Node compris) et de la mémoire maximale (RSS).
// Le temps processeur dépend peu de la charge d'une machine partagée, contrairement au temps écoulé.
//
// Imprime une ligne JSON : { bench: "demarrage-cli", commandes: { "--aide": { cpuMs, rssMaxMo, ecouleMs }, … } }.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const cli = join(dirname(fileURLToPath(import.meta.url)), "..", "dist", "cli.js");
const REPETITIONS = Number(process.env.BENCH_DEMARRAGES ?? 5);
// Module chargé avant la CLI : à la sortie du processus, écrit sur le descripteur 3 le temps
// processeur et la RSS maximale de tout le processus.
const sonde =
  "data:text/javascript," +
  encodeURIComponent(
    'import { writeSync } from "node:fs"; process.on("exit", () => { const u = process.resourceUsage(); writeSync(3, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, rssMaxKo: u.maxRSS })); });',
  );
const mediane = (valeurs) => [...valeurs].sort((a, b) => a - b)[Math.floor(valeurs.length / 2)];

const commandes = { "--aide": ["--aide"], "--version": ["--version"], identifiant: ["identifiant", "0951099D"] };
const resultats = {};
for (const [nom, args] of Object.entries(commandes)) {
  const mesures = [];
  for (let i = 0; i < REPETITIONS; i++) {
    const debut = performance.now();
    const r = spawnSync(process.execPath, [`--import=${sonde}`, cli, ...args], { stdio: ["ignore", "ignore", "inherit", "pipe"], encoding: "utf8" });
    const ecouleMs = performance.now() - debut;
    if (r.status !== 0) throw new Error(`opco ${args.join(" ")} : code de sortie ${r.status}`);
    mesures.push({ ...JSON.parse(r.output[3]), ecouleMs });
  }
  resultats[nom] = {
    cpuMs: Math.round(mediane(mesures.map((m) => m.cpuMs))),
    rssMaxMo: Math.round(mediane(mesures.map((m) => m.rssMaxKo)) / 1024),
    ecouleMs: Math.round(mediane(mesures.map((m) => m.ecouleMs))),
  };
}
console.log(JSON.stringify({ bench: "demarrage-cli", repetitions: REPETITIONS, commandes: resultats }));
