// Service lancé pour un banc (`pannes.bench.mjs`) : `opco serveur` tel qu'en
// production, dans un processus à part (`serveurMesure.mjs` : mémoire et CPU par IPC), **épinglé sur un
// seul cœur** (`taskset -c BENCH_COEUR`, 0 par défaut) quand taskset existe et que la machine a au moins
// deux cœurs ; le processus du banc (autocannon, clients) est alors épinglé sur les autres cœurs.
import { spawn, spawnSync } from "node:child_process";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { attendreAdresseServeur } from "@communs-opco/test-support";

const SERVEUR = fileURLToPath(new URL("./serveurMesure.mjs", import.meta.url));
const COEUR = Number(process.env.BENCH_COEUR ?? 0);

/** Mégaoctets (Mio) à un chiffre après la virgule. */
const Mo = (octets) => Math.round((octets / (1024 * 1024)) * 10) / 10;
/** Charge moyenne de la machine sur une minute. */
export const charge = () => Math.round(loadavg()[0] * 100) / 100;

const coeurs = availableParallelism();
const epingle = coeurs >= 2 && spawnSync("taskset", ["-c", String(COEUR), "true"]).status === 0;
if (epingle) {
  const autres = Array.from({ length: coeurs }, (_, i) => i).filter((i) => i !== COEUR);
  spawnSync("taskset", ["-apc", autres.join(","), String(process.pid)], { stdio: "ignore" });
}

/** Cadre de chaque ligne imprimée : cœur du service (null sans épinglage) et cœurs de la machine. */
export const cadre = { coeurService: epingle ? COEUR : null, coeursMachine: coeurs };

/** Lance une commande node, épinglée sur le cœur du service si possible. */
export function lancerNode(args, options) {
  return epingle ? spawn("taskset", ["-c", String(COEUR), process.execPath, ...args], options) : spawn(process.execPath, args, options);
}

/**
 * Lance `opco serveur ARGS…` (par `serveurMesure.mjs`, sous node --expose-gc) et attend son adresse.
 * `journal(ligne)`, si donné, reçoit chaque ligne du journal JSON du service (sortie standard).
 */
export async function lancerService(args, journal) {
  const enfant = lancerNode(["--expose-gc", SERVEUR, "serveur", "--port", "0", ...args], { stdio: ["ignore", "pipe", "inherit", "ipc"] });
  const url = await attendreAdresseServeur(enfant);
  if (journal !== undefined) {
    let reste = "";
    enfant.stdout.on("data", (morceau) => {
      const lignes = (reste + morceau).split("\n");
      reste = lignes.pop();
      for (const ligne of lignes) if (ligne !== "") journal(ligne);
    });
  }
  return { enfant, url };
}

/** Demande une mesure au service par IPC (`mesure` : mémoire après ramasse-miettes). */
function demander(processus, message) {
  return new Promise((resoudre) => {
    processus.once("message", resoudre);
    processus.send(message);
  });
}

/** RSS et tas vivant du service (Mo), mesurés après un ramasse-miettes forcé. */
export async function memoire(processus) {
  const { rss, heapUsed } = await demander(processus, "mesure");
  return { rssMo: Mo(rss), tasMo: Mo(heapUsed) };
}

