// Serveur d'une couche du banc `couches.bench.mjs` : la même requête (un contrat JSON) traitée par
// des piles de plus en plus complètes, pour attribuer le temps CPU de chaque couche :
// - `node` : node:http seul (lecture du corps, JSON.parse, réponse JSON fixe) ;
// - `hono` : Hono nu sur @hono/node-server, même traitement ;
// - `service` : l'application du service (`creerApplication` : identifiant de requête, journal,
//   métriques, usage, arrêt, clés et limite de débit, délai) avec une route `/v1/banc` qui fait ce
//   même traitement, plus toutes les routes du service (`/v1/contrats/controle`…), servie comme par
//   `demarrerService` (route directe du contrôle d'un contrat devant l'écoute Hono).
// Le journal va à la sortie standard (lue et jetée par le banc), comme en production.
// Mesures par IPC : « cpu » rend process.cpuUsage (µs, utilisateur + système).
// Usage : node serveurCouches.mjs node|hono|service
import { createServer } from "node:http";
import { getRequestListener, serve } from "@hono/node-server";
import { createRoute } from "@hono/zod-openapi";
import { Hono } from "hono";
import { creerApplication, modulesStandard } from "../dist/index.js";

process.on("message", (message) => {
  if (message !== "cpu") return;
  const { user, system } = process.cpuUsage();
  process.send?.({ cpuUs: user + system });
});
process.channel?.unref();

const reponse = { dateEvaluation: "2025-11-03", statut: "conforme", constats: [] };
const decodeur = new TextDecoder();
const traiter = async (c) => {
  JSON.parse(decodeur.decode(await c.req.raw.arrayBuffer()));
  return c.json(reponse);
};
const annoncer = (port) => process.stdout.write(`à l'écoute sur http://127.0.0.1:${port}\n`);

const couche = process.argv[2];
if (couche === "node") {
  const serveur = createServer((requete, sortie) => {
    const morceaux = [];
    requete.on("data", (m) => morceaux.push(m));
    requete.on("end", () => {
      JSON.parse(Buffer.concat(morceaux).toString("utf8"));
      const corps = JSON.stringify(reponse);
      sortie.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(corps) });
      sortie.end(corps);
    });
  });
  serveur.listen(0, "127.0.0.1", () => annoncer(serveur.address().port));
} else {
  let fetch;
  if (couche === "hono") {
    const app = new Hono();
    app.post("/v1/banc", traiter);
    fetch = app.fetch;
  } else {
    const banc = {
      nom: "banc",
      monter(app) {
        app.openAPIRegistry.registerPath(createRoute({ method: "post", path: "/v1/banc", responses: { 200: { description: "Réponse fixe du banc" } } }));
        app.post("/v1/banc", traiter);
      },
    };
    const application = creerApplication({ referentiels: ["embarque"], debit: { limite: 1e9, fenetreMs: 60_000 } }, { modules: [...modulesStandard, banc] });
    await application.pret;
    // Comme `demarrerService` : les routes directes (contrôle d'un contrat JSON) devant l'écoute Hono.
    const serveur = createServer(application.ecouteurNode(getRequestListener(application.app.fetch, { hostname: "127.0.0.1" })));
    serveur.listen(0, "127.0.0.1", () => annoncer(serveur.address().port));
  }
  if (fetch !== undefined) serve({ fetch, port: 0, hostname: "127.0.0.1" }, (info) => annoncer(info.port));
}
