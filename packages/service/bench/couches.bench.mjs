// Banc par couches du contrôle d'un contrat (`npm run bench couches`) : temps CPU par requête de
// chaque couche du service, pour savoir où passe le budget (3 000 contrôles/s sur un cœur ⇔ au plus
// 333 µs de CPU par requête). Une ligne JSON par mesure, avec la charge moyenne de la machine.
// 1. Dans ce processus (temps CPU, minimum de BENCH_TOURS tours de BENCH_N appels) : lecture du
//    corps (décodage + JSON.parse), contrôle synchrone du contrat (`controlerValeur`), vérifications
//    avant paiement (`ControleAvantPaiement.controler`, instantané embarqué), sérialisation JSON de
//    la réponse, masquage des données personnelles (protegerResultat), ligne de journal pino, métriques Prometheus, limite de débit, identifiant de requête,
//    usage par clé.
// 2. Par HTTP (autocannon, 16 connexions, serveur épinglé sur un cœur si taskset existe, temps CPU
//    du serveur par IPC, tours entrelacés, minimum) : node:http seul, Hono nu sur @hono/node-server,
//    pile du service avec une route fixe, puis la vraie route `POST /v1/contrats/controle` sans et
//    avec vérifications avant paiement. Les différences successives donnent le coût de chaque couche.
// Variables : BENCH_N (2 000), BENCH_TOURS (5), BENCH_DUREE (secondes par mesure HTTP, 3),
// BENCH_COEUR (0).
import { randomUUID } from "node:crypto";
import { spawn, spawnSync } from "node:child_process";
import { availableParallelism, loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import pino from "pino";
import { controlerValeur, ControleAvantPaiement, protegerResultat, resoudreReferentielControle } from "@communs-opco/cli";
import { contratExemple } from "@communs-opco/schemas";
import { attendreAdresseServeur } from "@communs-opco/test-support";
import { LimiteurDebit, MetriquesService, UsageCles } from "../dist/index.js";

const N = Number(process.env.BENCH_N ?? 2_000);
const TOURS = Number(process.env.BENCH_TOURS ?? 5);
const DUREE = Number(process.env.BENCH_DUREE ?? 3);
const COEUR = Number(process.env.BENCH_COEUR ?? 0);
const DATE = "2025-11-03";
const charge = () => Math.round(loadavg()[0] * 100) / 100;

// 1. Couches dans ce processus.
const corps = JSON.stringify(contratExemple);
const octets = new TextEncoder().encode(corps);
const decodeur = new TextDecoder();
const contexte = Object.freeze({ dateEvaluation: DATE });
const controle = await ControleAvantPaiement.creer(await resoudreReferentielControle("embarque", process.cwd()), {});
const lu = controlerValeur(contratExemple, contexte);
const resultat = { index: 1, source: { fichier: "requête", ligne: 1 }, statut: lu.statut, constats: lu.constats };
const avecPp = await controle.controler({ resultat, valeur: contratExemple }, { dateEvaluation: DATE });
const reponseAucun = { dateEvaluation: DATE, statut: lu.statut, constats: lu.constats };
const reponseEmbarque = { dateEvaluation: DATE, statut: avecPp.statut, constats: avecPp.constats, ...(avecPp.avantPaiement === undefined ? {} : { avantPaiement: avecPp.avantPaiement }) };
const journal = pino({ base: { service: "communs-opco" }, timestamp: pino.stdTimeFunctions.isoTime }, pino.destination({ dest: "/dev/null", sync: false, minLength: 4096 }));
const metriques = new MetriquesService({ processus: false });
const limiteur = new LimiteurDebit(1e9, 60_000, () => Date.now());
const usage = new UsageCles(() => new Date());

const couches = [
  ["lecture du corps (décodage UTF-8 + JSON.parse)", () => JSON.parse(decodeur.decode(octets))],
  ["contrôle synchrone du contrat (controlerValeur)", () => controlerValeur(JSON.parse(corps), contexte)],
  ["vérifications avant paiement (ControleAvantPaiement.controler, embarqué)", () => controle.controler({ resultat, valeur: contratExemple }, { dateEvaluation: DATE })],
  [`sérialisation de la réponse sans vérifications (${JSON.stringify(reponseAucun).length} octets)`, () => JSON.stringify(reponseAucun)],
  [`sérialisation de la réponse avec vérifications (${JSON.stringify(reponseEmbarque).length} octets)`, () => JSON.stringify(reponseEmbarque)],
  [`masquage des données personnelles de la réponse (protegerResultat, messages longs retenus, ${avecPp.constats.length} constats)`, () => protegerResultat(avecPp, false)],
  ["ligne de journal pino", () => journal.info({ requete: "0b8f3c52-1c55-4a39-a0f7-0f3a4f3b9d11", methode: "POST", route: "/v1/contrats/controle", statut: 200, dureeMs: 1, titulaire: "anonyme", contrats: 1 }, "requête traitée")],
  [
    "métriques Prometheus (requête, durée, constats, contrat)",
    () => {
      metriques.noterRequete("/v1/contrats/controle", "POST", 200, "anonyme", 0.001);
      metriques.compterConstats(avecPp.constats);
      metriques.compterContrat(avecPp.statut, "anonyme");
    },
  ],
  ["limite de débit (décision)", () => limiteur.decider("adresse:127.0.0.1")],
  ["identifiant de requête (randomUUID)", () => randomUUID()],
  ["usage par clé (noter)", () => usage.noter("anonyme", "POST /v1/contrats/controle", 200, 1)],
];
for (const [couche, appel] of couches) {
  for (let i = 0; i < Math.min(N, 500); i++) await appel();
  let meilleur = Infinity;
  for (let t = 0; t < TOURS; t++) {
    const avant = process.cpuUsage();
    for (let i = 0; i < N; i++) await appel();
    const { user, system } = process.cpuUsage(avant);
    meilleur = Math.min(meilleur, (user + system) / N);
  }
  console.log(JSON.stringify({ bench: "service.couche", mesure: "processus", couche, cpuUsParAppel: Math.round(meilleur * 10) / 10, chargeMachine: charge() }));
}
journal.flush();

// 2. Couches par HTTP.
const coeurs = availableParallelism();
const epingle = coeurs >= 2 && spawnSync("taskset", ["-c", String(COEUR), "true"]).status === 0;
if (epingle) spawnSync("taskset", ["-apc", Array.from({ length: coeurs }, (_, i) => i).filter((i) => i !== COEUR).join(","), String(process.pid)], { stdio: "ignore" });
const SERVEUR = fileURLToPath(new URL("./serveurCouches.mjs", import.meta.url));

async function demarrer(couche) {
  const args = [SERVEUR, couche];
  const enfant = epingle ? spawn("taskset", ["-c", String(COEUR), process.execPath, ...args], { stdio: ["ignore", "pipe", "inherit", "ipc"] }) : spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit", "ipc"] });
  const url = await attendreAdresseServeur(enfant);
  const cpuUs = () =>
    new Promise((resoudre) => {
      enfant.once("message", ({ cpuUs }) => resoudre(cpuUs));
      enfant.send("cpu");
    });
  return { enfant, url, cpuUs };
}

const serveurs = { node: await demarrer("node"), hono: await demarrer("hono"), service: await demarrer("service") };
const cibles = [
  ["node:http seul", serveurs.node, "/v1/banc"],
  ["Hono nu (@hono/node-server)", serveurs.hono, "/v1/banc"],
  ["pile du service, route fixe", serveurs.service, "/v1/banc"],
  ["POST /v1/contrats/controle?referentiel=aucun", serveurs.service, `/v1/contrats/controle?date=${DATE}&referentiel=aucun`],
  ["POST /v1/contrats/controle (embarqué)", serveurs.service, `/v1/contrats/controle?date=${DATE}`],
];
const options = (serveur, chemin) => ({ url: `${serveur.url}${chemin}`, method: "POST", headers: { "content-type": "application/json" }, body: corps, connections: 16 });
try {
  for (const [, serveur, chemin] of cibles) await autocannon({ ...options(serveur, chemin), duration: 2 });
  const meilleurs = new Map();
  for (let t = 0; t < Math.max(2, Math.ceil(TOURS / 2)); t++) {
    for (const [nom, serveur, chemin] of cibles) {
      const chargeAvant = charge();
      const avant = await serveur.cpuUs();
      const r = await autocannon({ ...options(serveur, chemin), duration: DUREE });
      const us = ((await serveur.cpuUs()) - avant) / Math.max(r.requests.total, 1);
      const m = meilleurs.get(nom);
      if (m === undefined || us < m.cpuUsParRequete) meilleurs.set(nom, { cpuUsParRequete: Math.round(us), requetesParSeconde: Math.round(r.requests.average), latenceP99Ms: r.latency.p99, non2xx: r.non2xx, erreurs: r.errors, chargeMachine: [chargeAvant, charge()] });
    }
  }
  for (const [nom] of cibles) console.log(JSON.stringify({ bench: "service.couche", mesure: "http", couche: nom, connexions: 16, ...meilleurs.get(nom), coeurService: epingle ? COEUR : null }));
} finally {
  for (const { enfant } of Object.values(serveurs)) enfant.kill();
}
