// Banc de charge du service HTTP (`npm run bench service`), autocannon sur la boucle locale.
//
// Le service est lancé comme en production (`opco serveur`, processus à part, instantané embarqué),
// **épinglé sur un seul cœur** (`taskset -c BENCH_COEUR`, 0 par défaut) quand taskset existe et que la
// machine a au moins deux cœurs ; autocannon tourne dans ce processus, épinglé sur les autres cœurs.
// Chaque mesure imprime une ligne JSON, avec la charge moyenne de la machine (1 min) au début et à la
// fin : sur une machine partagée, le temps CPU du service par requête (process.cpuUsage du service,
// demandé par IPC avant et après la mesure) est le chiffre honnête ; les requêtes/s en découlent
// (3 000 requêtes/s sur un cœur ⇔ au plus 333 µs de CPU par requête).
// 1. contrôle d'un contrat (POST /v1/contrats/controle, JSON) à 1, 16 et 64 connexions, avec les
//    vérifications avant paiement (référentiel par défaut du service, `embarque`) puis sans
//    (`?referentiel=aucun`) : requêtes/s, latences p50 et p99, erreurs et réponses non 2xx, temps
//    CPU du service par requête, RSS du service avant et après (mesurée après un ramasse-miettes forcé) ;
//    chaque mesure est suivie de celle du **plancher** (`service.plancher`, `serveurPlancher.mjs`) : un
//    serveur node:http nu, épinglé sur le même cœur, qui lit le même corps, le passe à JSON.parse et
//    répond un JSON fixe de la taille de la vraie réponse ; l'écart au plancher est le coût du service
//    lui-même (règles, vérifications, masquage, journal, métriques…) ;
// 1 bis. contrats tous différents (`service.controle-unitaire-varie`) : 16 connexions, chaque requête
//    envoie le contrat de démonstration suivant (aucun n'est revu pendant la mesure), avec puis sans
//    vérifications avant paiement : le trafic réel d'un guichet, où les mémoires d'un contrat renvoyé
//    n'aident pas ;
// 2. mémoire sous charge longue : BENCH_RSS_REQUETES contrôles à 16 connexions, par blocs de
//    BENCH_RSS_BLOC ; après chaque bloc, ramasse-miettes forcé puis RSS et tas vivant du service
//    (échantillons imprimés) : une fuite fait croître le tas d'un échantillon à l'autre ;
// 3. lot NDJSON de BENCH_LOT contrats de démonstration : contrats/s et temps CPU par contrat du
//    service, comparés à ceux de `opco controle --json` sur le même fichier (même référentiel, même
//    date, même cœur).
// Le service est lancé par `serveurMesure.mjs` (node --expose-gc, mémoire et CPU par IPC), la CLI
// par `cliMesure.mjs` (temps CPU écrit à la sortie).
// Variables : BENCH_DUREE (secondes par mesure, 5), BENCH_LOT (contrats du lot, 20 000),
// BENCH_RSS_REQUETES (100 000), BENCH_RSS_BLOC (10 000), BENCH_COEUR (0), BENCH_VARIES (contrats
// différents de la mesure « varie », 40 000), BENCH_MESURES (unitaire,varie,memoire,lot : mesures à faire).
import { spawn, spawnSync } from "node:child_process";
import { readFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { genererContratsDemo } from "@communs-opco/cli";
import { contratExemple } from "@communs-opco/schemas";
import { attendreAdresseServeur } from "@communs-opco/test-support";

const DUREE = Number(process.env.BENCH_DUREE ?? 5);
const LOT = Number(process.env.BENCH_LOT ?? 20_000);
const RSS_REQUETES = Number(process.env.BENCH_RSS_REQUETES ?? 100_000);
const RSS_BLOC = Number(process.env.BENCH_RSS_BLOC ?? 10_000);
const COEUR = Number(process.env.BENCH_COEUR ?? 0);
const MESURES = new Set((process.env.BENCH_MESURES ?? "unitaire,varie,memoire,lot").split(","));
const VARIES = Number(process.env.BENCH_VARIES ?? 40_000);
const DATE = "2025-11-03";
const CLI = fileURLToPath(new URL("./cliMesure.mjs", import.meta.url));
const SERVEUR = fileURLToPath(new URL("./serveurMesure.mjs", import.meta.url));
const PLANCHER = fileURLToPath(new URL("./serveurPlancher.mjs", import.meta.url));
const Mo = (octets) => Math.round((octets / (1024 * 1024)) * 10) / 10;
const charge = () => Math.round(loadavg()[0] * 100) / 100;

// Épinglage : le service sur un cœur, le banc (autocannon) sur les autres.
const coeurs = availableParallelism();
const epingle = coeurs >= 2 && spawnSync("taskset", ["-c", String(COEUR), "true"]).status === 0;
if (epingle) {
  const autres = Array.from({ length: coeurs }, (_, i) => i).filter((i) => i !== COEUR);
  spawnSync("taskset", ["-apc", autres.join(","), String(process.pid)], { stdio: "ignore" });
}
/** Lance une commande node, épinglée sur le cœur du service si possible. */
function lancerNode(args, options) {
  return epingle ? spawn("taskset", ["-c", String(COEUR), process.execPath, ...args], options) : spawn(process.execPath, args, options);
}

const enfant = lancerNode(["--expose-gc", SERVEUR, "serveur", "--port", "0", "--debit", "100000000/60"], { stdio: ["ignore", "pipe", "inherit", "ipc"] });
const plancher = MESURES.has("unitaire") ? lancerNode([PLANCHER], { stdio: ["ignore", "pipe", "inherit", "ipc"] }) : undefined;

/** Demande une mesure à un serveur lancé par IPC (`mesure` : mémoire après ramasse-miettes ; `cpu` : temps CPU). */
function demander(message, processus = enfant) {
  return new Promise((resoudre) => {
    processus.once("message", resoudre);
    processus.send(message);
  });
}
async function memoire() {
  const { rss, heapUsed } = await demander("mesure");
  return { rssMo: Mo(rss), tasMo: Mo(heapUsed) };
}
async function rss() {
  return (await memoire()).rssMo;
}
async function cpuUs(processus = enfant) {
  return (await demander("cpu", processus)).cpuUs;
}
const url = await attendreAdresseServeur(enfant); // le journal JSON est ensuite lu et jeté
const urlPlancher = plancher === undefined ? undefined : await attendreAdresseServeur(plancher);
const cadre = { coeurService: epingle ? COEUR : null, coeursMachine: coeurs };

try {
  const corps = JSON.stringify(contratExemple);
  const requete = (referentiel, connexions, suite = {}, base = url) =>
    autocannon({ url: `${base}/v1/contrats/controle?date=${DATE}${referentiel === "embarque" ? "" : `&referentiel=${referentiel}`}`, method: "POST", headers: { "content-type": "application/json" }, body: corps, connections: connexions, ...suite });

  if (MESURES.has("unitaire")) {
    for (const referentiel of ["embarque", "aucun"]) {
      // Le plancher répond la vraie réponse du service pour ce contrat (même taille, même texte).
      const reponse = await (await fetch(`${url}/v1/contrats/controle?date=${DATE}${referentiel === "embarque" ? "" : `&referentiel=${referentiel}`}`, { method: "POST", headers: { "content-type": "application/json" }, body: corps })).text();
      await demander({ reponse }, plancher);
      // Chauffe : compilation à la volée des règles et des chemins chauds (et du plancher).
      await requete(referentiel, 8, { duration: 2 });
      await requete(referentiel, 8, { duration: 1 }, urlPlancher);
      for (const connexions of [1, 16, 64]) {
        const rssAvant = await rss();
        const chargeAvant = charge();
        const cpuAvant = await cpuUs();
        const r = await requete(referentiel, connexions, { duration: DUREE });
        const cpu = (await cpuUs()) - cpuAvant;
        const rssApres = await rss();
        const requetes = r.requests.total;
        const usParRequete = cpu / Math.max(requetes, 1);
        console.log(
          JSON.stringify({
            bench: "service.controle-unitaire",
            referentiel,
            connexions,
            requetesParSeconde: Math.round(r.requests.average),
            latenceP50Ms: r.latency.p50,
            latenceP99Ms: r.latency.p99,
            requetes,
            // autocannon compte les délais dépassés (10 s) parmi les erreurs : ils sont aussi donnés à part.
            erreurs: r.errors,
            dontDelaisDepasses: r.timeouts,
            non2xx: r.non2xx,
            cpuServiceUsParRequete: Math.round(usParRequete),
            // Débit qu'un cœur entier donnerait à ce coût : le chiffre à comparer à l'objectif (3 000/s).
            requetesParSecondeCpu: Math.round(1e6 / Math.max(usParRequete, 1)),
            chargeMachine: [chargeAvant, charge()],
            rssAvantMo: rssAvant,
            rssApresMo: rssApres,
            ...cadre,
          }),
        );
        // Plancher, juste après, dans les mêmes conditions.
        const chargePlancher = charge();
        const cpuPlancherAvant = await cpuUs(plancher);
        const p = await requete(referentiel, connexions, { duration: DUREE }, urlPlancher);
        const usPlancher = ((await cpuUs(plancher)) - cpuPlancherAvant) / Math.max(p.requests.total, 1);
        console.log(
          JSON.stringify({
            bench: "service.plancher",
            referentiel,
            connexions,
            tailleReponseOctets: Buffer.byteLength(reponse),
            requetesParSeconde: Math.round(p.requests.average),
            latenceP50Ms: p.latency.p50,
            latenceP99Ms: p.latency.p99,
            requetes: p.requests.total,
            erreurs: p.errors,
            non2xx: p.non2xx,
            cpuUsParRequete: Math.round(usPlancher),
            requetesParSecondeCpu: Math.round(1e6 / Math.max(usPlancher, 1)),
            // Coût propre du service au-dessus du plancher (µs de CPU par requête).
            ecartServiceUs: Math.round(usParRequete - usPlancher),
            chargeMachine: [chargePlancher, charge()],
            ...cadre,
          }),
        );
      }
    }
  }

  // Contrats tous différents : le même banc à 16 connexions, mais chaque requête envoie le contrat de
  // démonstration suivant (compteur commun aux connexions) ; aucun n'est revu pendant la mesure tant que
  // BENCH_VARIES dépasse le nombre de requêtes. C'est le trafic réel d'un guichet : les mémoires qui
  // servent un contrat renvoyé (réponse précédente, explications réemployées) n'y aident pas.
  if (MESURES.has("varie")) {
    const corpsVaries = [];
    for (const { texte } of genererContratsDemo({ nombre: VARIES, graine: 2026 })) {
      try {
        JSON.parse(texte);
        corpsVaries.push(texte);
      } catch {
        // ligne volontairement illisible du jeu de démonstration : pas un contrôle unitaire
      }
    }
    for (const referentiel of ["embarque", "aucun"]) {
      let suivant = 0;
      const requetes = [{ setupRequest: (r) => ({ ...r, body: corpsVaries[suivant++ % corpsVaries.length] }) }];
      await requete(referentiel, 8, { duration: 2, requests: requetes });
      const chargeAvant = charge();
      const cpuAvant = await cpuUs();
      const depart = suivant;
      const r = await requete(referentiel, 16, { duration: DUREE, requests: requetes });
      const cpu = (await cpuUs()) - cpuAvant;
      const usParRequete = cpu / Math.max(r.requests.total, 1);
      console.log(
        JSON.stringify({
          bench: "service.controle-unitaire-varie",
          referentiel,
          connexions: 16,
          contratsDifferents: Math.min(suivant - depart, corpsVaries.length),
          requetesParSeconde: Math.round(r.requests.average),
          latenceP50Ms: r.latency.p50,
          latenceP99Ms: r.latency.p99,
          requetes: r.requests.total,
          erreurs: r.errors,
          non2xx: r.non2xx,
          cpuServiceUsParRequete: Math.round(usParRequete),
          requetesParSecondeCpu: Math.round(1e6 / Math.max(usParRequete, 1)),
          chargeMachine: [chargeAvant, charge()],
          ...cadre,
        }),
      );
    }
  }

  // Mémoire sous charge longue : échantillons après ramasse-miettes forcé, bloc après bloc.
  if (MESURES.has("memoire")) {
    const echantillons = [{ requetes: 0, ...(await memoire()) }];
    let faites = 0;
    let erreurs = 0;
    let delaisDepasses = 0;
    let non2xx = 0;
    const chargeAvant = charge();
    while (faites < RSS_REQUETES) {
      const n = Math.min(RSS_BLOC, RSS_REQUETES - faites);
      const r = await requete("embarque", 16, { amount: n });
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
        chargeMachine: [chargeAvant, charge()],
        ...cadre,
      }),
    );
  }

  // Lot NDJSON : le même fichier contrôlé par le service puis par la CLI (même cœur).
  if (MESURES.has("lot")) {
    const dossier = mkdtempSync(join(tmpdir(), "banc-service-"));
    try {
      const fichier = join(dossier, "lot.jsonl");
      writeFileSync(fichier, [...genererContratsDemo({ nombre: LOT, graine: 2025 })].map((l) => `${l.texte}\n`).join(""));
      const octets = readFileSync(fichier);
      const rssAvant = await rss();
      const chargeAvant = charge();
      const cpuAvant = await cpuUs();
      const debut = performance.now();
      const reponse = await fetch(`${url}/v1/contrats/controle?date=${DATE}`, { method: "POST", headers: { "content-type": "application/x-ndjson" }, body: octets });
      let lignes = 0;
      const decodeur = new TextDecoder();
      for await (const morceau of reponse.body) for (const c of decodeur.decode(morceau, { stream: true })) if (c === "\n") lignes++;
      const dureeService = (performance.now() - debut) / 1000;
      const cpuService = (await cpuUs()) - cpuAvant;
      const rssApres = await rss();
      const debutCli = performance.now();
      const cli = await new Promise((resoudre) => {
        const p = lancerNode([CLI, "controle", fichier, "--json", "--date", DATE], { stdio: ["ignore", "ignore", "ignore", "pipe"] });
        let mesure = "";
        p.stdio[3].setEncoding("utf8").on("data", (m) => (mesure += m));
        p.once("close", (code) => resoudre({ code, cpuUs: mesure === "" ? null : JSON.parse(mesure).cpuUs }));
      });
      const dureeCli = (performance.now() - debutCli) / 1000;
      const service = Math.round(LOT / dureeService);
      const ligneCli = Math.round(LOT / dureeCli);
      const cpuParContratService = cpuService / LOT;
      const cpuParContratCli = cli.cpuUs === null ? null : cli.cpuUs / LOT;
      console.log(
        JSON.stringify({
          bench: "service.lot-ndjson",
          contrats: LOT,
          lignesRecues: lignes,
          statut: reponse.status,
          contratsParSeconde: service,
          cpuServiceUsParContrat: Math.round(cpuParContratService),
          contratsParSecondeCpu: Math.round(1e6 / Math.max(cpuParContratService, 1)),
          cliContratsParSeconde: ligneCli,
          cliCpuUsParContrat: cpuParContratCli === null ? null : Math.round(cpuParContratCli),
          cliCodeSortie: cli.code,
          // Rapports au débit de la CLI : au temps écoulé (machine partagée : bruité) et au temps CPU.
          rapportAuCli: Math.round((service / ligneCli) * 100) / 100,
          rapportAuCliCpu: cpuParContratCli === null ? null : Math.round((cpuParContratCli / cpuParContratService) * 100) / 100,
          chargeMachine: [chargeAvant, charge()],
          rssAvantMo: rssAvant,
          rssApresMo: rssApres,
          ...cadre,
        }),
      );
    } finally {
      rmSync(dossier, { recursive: true, force: true });
    }
  }
} finally {
  enfant.kill("SIGTERM");
  plancher?.kill("SIGTERM");
}
