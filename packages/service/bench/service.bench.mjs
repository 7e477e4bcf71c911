// Banc de charge du service HTTP (`npm run bench service`), autocannon sur la boucle locale.
//
// Le service est lancé comme en production (`opco serveur`, processus à part, instantané embarqué) ;
// autocannon tourne dans ce processus. Chaque mesure imprime une ligne JSON :
// 1. contrôle d'un contrat (POST /v1/contrats/controle, JSON) à 1, 16 et 64 connexions : requêtes/s,
//    latences p50 et p99, erreurs et réponses non 2xx, temps CPU du service par requête, RSS du
//    service avant et après (mesurée après un ramasse-miettes forcé) ;
// 2. mémoire sous charge longue : BENCH_RSS_REQUETES contrôles à 16 connexions, par blocs de
//    BENCH_RSS_BLOC ; après chaque bloc, ramasse-miettes forcé puis RSS et tas vivant du service
//    (échantillons imprimés) : une fuite fait croître le tas d'un échantillon à l'autre ;
// 3. lot NDJSON de BENCH_LOT contrats de démonstration : contrats/s du service, comparés à ceux de
//    `opco controle --json` sur le même fichier (même référentiel, même date), et temps CPU.
// Le service est lancé par `serveurMesure.mjs` (node --expose-gc, mesure de mémoire par IPC).
// Variables : BENCH_DUREE (secondes par mesure, 5), BENCH_LOT (contrats du lot, 20 000),
// BENCH_RSS_REQUETES (100 000), BENCH_RSS_BLOC (10 000).
import { spawn, spawnSync } from "node:child_process";
import { readFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { genererContratsDemo } from "@communs-opco/cli";
import { contratExemple } from "@communs-opco/schemas";

const DUREE = Number(process.env.BENCH_DUREE ?? 5);
const LOT = Number(process.env.BENCH_LOT ?? 20_000);
const RSS_REQUETES = Number(process.env.BENCH_RSS_REQUETES ?? 100_000);
const RSS_BLOC = Number(process.env.BENCH_RSS_BLOC ?? 10_000);
const DATE = "2025-11-03";
const OPCO = fileURLToPath(new URL("../../cli/bin/opco.js", import.meta.url));
const SERVEUR = fileURLToPath(new URL("./serveurMesure.mjs", import.meta.url));
const TIC = 100; // tops d'horloge par seconde de /proc/<pid>/stat (valeur usuelle de Linux)
const Mo = (octets) => Math.round((octets / (1024 * 1024)) * 10) / 10;

/** Temps CPU (utilisateur + système, ms) d'un processus, lu dans /proc ; null hors Linux. */
function cpuMs(pid) {
  try {
    const champs = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(champs[11]) + Number(champs[12])) * 1000) / TIC;
  } catch {
    return null;
  }
}

const enfant = spawn(process.execPath, ["--expose-gc", SERVEUR, "serveur", "--port", "0", "--debit", "100000000/60"], { stdio: ["ignore", "pipe", "inherit", "ipc"] });

/** RSS et tas vivant du service (Mo), mesurés par lui-même juste après un ramasse-miettes forcé. */
function memoire() {
  return new Promise((resoudre) => {
    enfant.once("message", ({ rss, heapUsed }) => resoudre({ rssMo: Mo(rss), tasMo: Mo(heapUsed) }));
    enfant.send("mesure");
  });
}

async function rss() {
  return (await memoire()).rssMo;
}
const url = await new Promise((resoudre, rejeter) => {
  let sortie = "";
  enfant.stdout.setEncoding("utf8");
  const lire = (m) => {
    sortie += m;
    const trouve = /à l'écoute sur (http:\/\/\S+)/.exec(sortie);
    if (trouve !== null) {
      enfant.stdout.off("data", lire);
      enfant.stdout.resume(); // le journal JSON est lu et jeté
      resoudre(trouve[1]);
    }
  };
  enfant.stdout.on("data", lire);
  enfant.once("exit", (code) => rejeter(new Error(`opco serveur s'est arrêté (${code})`)));
});

try {
  const corps = JSON.stringify(contratExemple);
  // Chauffe : compilation à la volée des règles et des chemins chauds.
  await autocannon({ url: `${url}/v1/contrats/controle?date=${DATE}`, method: "POST", headers: { "content-type": "application/json" }, body: corps, connections: 8, duration: 2 });
  for (const connexions of [1, 16, 64]) {
    const rssAvant = await rss();
    const cpuAvant = cpuMs(enfant.pid);
    const r = await autocannon({ url: `${url}/v1/contrats/controle?date=${DATE}`, method: "POST", headers: { "content-type": "application/json" }, body: corps, connections: connexions, duration: DUREE });
    const cpuApres = cpuMs(enfant.pid);
    const rssApres = await rss();
    const requetes = r.requests.total;
    console.log(
      JSON.stringify({
        bench: "service.controle-unitaire",
        connexions,
        requetesParSeconde: Math.round(r.requests.average),
        latenceP50Ms: r.latency.p50,
        latenceP99Ms: r.latency.p99,
        requetes,
        // autocannon compte les délais dépassés (10 s) parmi les erreurs : ils sont aussi donnés à part.
        erreurs: r.errors,
        dontDelaisDepasses: r.timeouts,
        non2xx: r.non2xx,
        cpuServiceMsParRequete: cpuAvant === null ? null : Math.round(((cpuApres - cpuAvant) / Math.max(requetes, 1)) * 1000) / 1000,
        requetesParSecondeCpu: cpuAvant === null ? null : Math.round((requetes * 1000) / Math.max(cpuApres - cpuAvant, 1)),
        rssAvantMo: rssAvant,
        rssApresMo: rssApres,
      }),
    );
  }

  // Mémoire sous charge longue : échantillons après ramasse-miettes forcé, bloc après bloc.
  {
    const echantillons = [{ requetes: 0, ...(await memoire()) }];
    let faites = 0;
    let erreurs = 0;
    let delaisDepasses = 0;
    let non2xx = 0;
    while (faites < RSS_REQUETES) {
      const n = Math.min(RSS_BLOC, RSS_REQUETES - faites);
      const r = await autocannon({ url: `${url}/v1/contrats/controle?date=${DATE}`, method: "POST", headers: { "content-type": "application/json" }, body: corps, connections: 16, amount: n });
      faites += n;
      erreurs += r.errors;
      delaisDepasses += r.timeouts;
      non2xx += r.non2xx;
      echantillons.push({ requetes: faites, ...(await memoire()) });
    }
    // Croissance après la montée en charge (premier bloc) : pente du tas vivant, en octets par requête.
    const apresChauffe = echantillons[1];
    const dernier = echantillons.at(-1);
    const pente = dernier.requetes > apresChauffe.requetes ? ((dernier.tasMo - apresChauffe.tasMo) * 1024 * 1024) / (dernier.requetes - apresChauffe.requetes) : 0;
    console.log(
      JSON.stringify({
        bench: "service.memoire-charge",
        connexions: 16,
        requetes: faites,
        erreurs,
        dontDelaisDepasses: delaisDepasses,
        non2xx,
        echantillons,
        tasCroissanceOctetsParRequeteApresChauffe: Math.round(pente * 100) / 100,
        rssMaxMo: Math.max(...echantillons.map((e) => e.rssMo)),
      }),
    );
  }

  // Lot NDJSON : le même fichier contrôlé par le service puis par la CLI.
  const dossier = mkdtempSync(join(tmpdir(), "banc-service-"));
  try {
    const fichier = join(dossier, "lot.jsonl");
    writeFileSync(fichier, [...genererContratsDemo({ nombre: LOT, graine: 2025 })].map((l) => `${l.texte}\n`).join(""));
    const octets = readFileSync(fichier);
    const rssAvant = await rss();
    const cpuAvant = cpuMs(enfant.pid);
    const debut = performance.now();
    const reponse = await fetch(`${url}/v1/contrats/controle?date=${DATE}`, { method: "POST", headers: { "content-type": "application/x-ndjson" }, body: octets });
    let lignes = 0;
    const decodeur = new TextDecoder();
    for await (const morceau of reponse.body) for (const c of decodeur.decode(morceau, { stream: true })) if (c === "\n") lignes++;
    const dureeService = (performance.now() - debut) / 1000;
    const cpuService = cpuAvant === null ? null : cpuMs(enfant.pid) - cpuAvant;
    const rssApres = await rss();
    const debutCli = performance.now();
    const cli = spawnSync(process.execPath, [OPCO, "controle", fichier, "--json", "--date", DATE], { stdio: ["ignore", "ignore", "ignore"] });
    const dureeCli = (performance.now() - debutCli) / 1000;
    const service = Math.round(LOT / dureeService);
    const ligneCli = Math.round(LOT / dureeCli);
    console.log(
      JSON.stringify({
        bench: "service.lot-ndjson",
        contrats: LOT,
        lignesRecues: lignes,
        statut: reponse.status,
        contratsParSeconde: service,
        contratsParSecondeCpu: cpuService === null ? null : Math.round((LOT * 1000) / Math.max(cpuService, 1)),
        cliContratsParSeconde: ligneCli,
        cliCodeSortie: cli.status,
        rapportAuCli: Math.round((service / ligneCli) * 100) / 100,
        rssAvantMo: rssAvant,
        rssApresMo: rssApres,
      }),
    );
  } finally {
    rmSync(dossier, { recursive: true, force: true });
  }
} finally {
  enfant.kill("SIGTERM");
}
