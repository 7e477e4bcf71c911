// Banc en mémoire de la pile HTTP du service (`node bench/pileEnMemoire.mjs`) : le vrai serveur Node
// (node:http + @hono/node-server + l'application du service) alimenté par une paire de flux en mémoire
// au lieu d'une socket, si bien que le temps CPU mesuré (process.cpuUsage) ne compte ni le noyau ni
// le client HTTP d'autocannon : le chiffre le plus stable sur une machine partagée. Requêtes en série
// sur une connexion gardée ouverte, `POST /v1/contrats/controle` du contrat d'exemple au 2025-11-03.
// Variantes mesurées en tours entrelacés (minimum de BENCH_TOURS tours de BENCH_N requêtes) :
// - `node-nu` : node:http nu, même travail minimal (lecture, controlerValeur, protegerResultat, réponse) :
//   le plancher de la pile, tout ce qui le dépasse dans `service aucun` est le coût propre du service ;
// - `hono-nu` : Hono nu, même travail minimal ;
// - `service` : l'application du service compilée (`dist/`), sans puis avec vérifications avant paiement ;
// - `reference` : une autre compilation du service (BENCH_REFERENCE=chemin/vers/dist/index.js), pour
//   comparer deux versions dans le même processus.
// Une ligne JSON par mesure, avec la charge moyenne de la machine.
import { createServer } from "node:http";
import { loadavg } from "node:os";
import { Duplex } from "node:stream";
import { pathToFileURL } from "node:url";
import { getRequestListener } from "@hono/node-server";
import { Hono } from "hono";
import pino from "pino";
import { controlerValeur, protegerResultat } from "@communs-opco/cli";
import { contratExemple } from "@communs-opco/schemas";

const N = Number(process.env.BENCH_N ?? 2_000);
const TOURS = Number(process.env.BENCH_TOURS ?? 6);
const DATE = "2025-11-03";
const corps = JSON.stringify(contratExemple);
const charge = () => Math.round(loadavg()[0] * 100) / 100;

/** Deux flux reliés : ce qu'on écrit dans l'un se lit dans l'autre (une « socket » en mémoire). */
function paire() {
  const a = new Duplex({ read() {}, write: (morceau, _e, suite) => (b.push(morceau), suite()) });
  const b = new Duplex({ read() {}, write: (morceau, _e, suite) => (a.push(morceau), suite()) });
  Object.assign(a, { remoteAddress: "127.0.0.1", setTimeout: () => a, setNoDelay: () => a, setKeepAlive: () => a });
  return [a, b];
}

/** Client d'une écoute node:http : envoie une requête et attend la réponse complète (Content-Length). */
function brancher(ecoute) {
  const serveur = createServer(ecoute);
  const [cote, client] = paire();
  serveur.emit("connection", cote);
  let attente;
  let tampon = "";
  client.on("data", (m) => {
    tampon += m.toString("latin1");
    const fin = tampon.indexOf("\r\n\r\n");
    if (fin < 0) return;
    const longueur = /content-length: (\d+)/i.exec(tampon.slice(0, fin));
    if (longueur === null) throw new Error(`réponse sans Content-Length : ${tampon.slice(0, 200)}`);
    if (tampon.length < fin + 4 + Number(longueur[1])) return;
    const reponse = tampon;
    tampon = "";
    attente(reponse);
  });
  return (referentiel) =>
    new Promise((resoudre) => {
      attente = resoudre;
      client.write(`POST /v1/contrats/controle?date=${DATE}${referentiel === "aucun" ? "&referentiel=aucun" : ""} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(corps)}\r\n\r\n${corps}`);
    });
}

async function service(chemin) {
  const { creerApplication } = await import(chemin);
  const journal = pino({ base: { service: "communs-opco" }, timestamp: pino.stdTimeFunctions.isoTime }, pino.destination({ dest: "/dev/null", sync: false, minLength: 4096 }));
  const application = creerApplication({ referentiels: ["embarque"], debit: { limite: 1e12, fenetreMs: 60_000 }, journal, metriquesProcessus: false });
  await application.pret;
  // Comme `demarrerService` : l'écoute directe devant Hono quand la version mesurée l'a (sinon Hono seul).
  const hono = getRequestListener(application.app.fetch);
  return brancher(application.ecouteurNode === undefined ? hono : application.ecouteurNode(hono));
}

const contexte = Object.freeze({ dateEvaluation: DATE });
const nu = new Hono();
nu.post("/v1/contrats/controle", async (c) => {
  const lu = controlerValeur(JSON.parse(await c.req.text()), contexte);
  const publie = protegerResultat({ index: 1, source: { fichier: "requête", ligne: 1 }, statut: lu.statut, constats: lu.constats }, false);
  return new Response(JSON.stringify({ dateEvaluation: DATE, statut: publie.statut, constats: publie.constats }), { headers: { "content-type": "application/json" } });
});

/** Même travail minimal que `hono-nu`, sur node:http seul. */
function controleNu(texte) {
  const lu = controlerValeur(JSON.parse(texte), contexte);
  const publie = protegerResultat({ index: 1, source: { fichier: "requête", ligne: 1 }, statut: lu.statut, constats: lu.constats }, false);
  return JSON.stringify({ dateEvaluation: DATE, statut: publie.statut, constats: publie.constats });
}
const decodeur = new TextDecoder();
const ecouteNue = (requete, sortie) => {
  const morceaux = [];
  requete.on("data", (m) => morceaux.push(m));
  requete.on("end", () => {
    const texte = controleNu(decodeur.decode(morceaux.length === 1 ? morceaux[0] : Buffer.concat(morceaux)));
    sortie.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(texte) });
    sortie.end(texte);
  });
};

const variantes = [
  ["node-nu", "aucun", brancher(ecouteNue)],
  ["hono-nu", "aucun", brancher(getRequestListener(nu.fetch))],
  ["service", "aucun", await service(new URL("../dist/index.js", import.meta.url).href)],
];
variantes.push(["service", "embarque", variantes[2][2]]);
if (process.env.BENCH_REFERENCE) {
  const reference = await service(pathToFileURL(process.env.BENCH_REFERENCE).href);
  variantes.push(["reference", "aucun", reference], ["reference", "embarque", reference]);
}
for (const [, referentiel, envoyer] of variantes) for (let i = 0; i < 500; i++) await envoyer(referentiel);
const meilleurs = new Map();
for (let t = 0; t < TOURS; t++) {
  for (const [nom, referentiel, envoyer] of variantes) {
    const avant = process.cpuUsage();
    for (let i = 0; i < N; i++) await envoyer(referentiel);
    const { user, system } = process.cpuUsage(avant);
    const cle = `${nom} ${referentiel}`;
    meilleurs.set(cle, Math.min(meilleurs.get(cle) ?? Infinity, (user + system) / N));
  }
}
for (const [nom, referentiel] of variantes) {
  console.log(JSON.stringify({ bench: "service.pile-en-memoire", variante: nom, referentiel, cpuUsParRequete: Math.round(meilleurs.get(`${nom} ${referentiel}`) * 10) / 10, chargeMachine: charge() }));
}
process.exit(0);
