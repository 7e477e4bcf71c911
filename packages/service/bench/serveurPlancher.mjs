// Plancher du banc de charge (`service.bench.mjs`) : un serveur `node:http` nu, lancé dans les mêmes
// conditions que le service (processus à part, même cœur, même client autocannon, même requête), qui
// lit le même corps, le passe à JSON.parse et répond un JSON fixe **de la même taille** que la vraie
// réponse du service (texte reçu du banc par IPC avant chaque mesure). Ce qu'il coûte par requête est ce
// que ni le service ni ses règles ne peuvent retirer : analyse HTTP de Node, lecture du corps,
// JSON.parse, écriture de la réponse, appels système.
// Messages IPC : { reponse: texte } fixe la réponse (acquittée par { pret: true }) ; « cpu » rend
// process.cpuUsage (µs, utilisateur + système).
import { createServer } from "node:http";

let corpsReponse = Buffer.from("{}");
process.on("message", (message) => {
  if (message === "cpu") {
    const { user, system } = process.cpuUsage();
    process.send?.({ cpuUs: user + system });
  } else if (typeof message?.reponse === "string") {
    corpsReponse = Buffer.from(message.reponse);
    process.send?.({ pret: true });
  }
});
process.channel?.unref();

const serveur = createServer((requete, sortie) => {
  const morceaux = [];
  requete.on("data", (m) => morceaux.push(m));
  requete.on("end", () => {
    JSON.parse((morceaux.length === 1 ? morceaux[0] : Buffer.concat(morceaux)).toString("utf8"));
    sortie.writeHead(200, { "content-type": "application/json", "content-length": corpsReponse.byteLength });
    sortie.end(corpsReponse);
  });
});
serveur.listen(0, "127.0.0.1", () => process.stdout.write(`à l'écoute sur http://127.0.0.1:${serveur.address().port}\n`));
