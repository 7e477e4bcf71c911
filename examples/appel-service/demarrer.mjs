// Démarre le service Communs OPCO sur un port libre de 127.0.0.1, lance les appels curl
// (appels.sh) puis Python (appel_service.py) contre lui, et l'arrête. Sortie 0 si tous les
// appels ont réussi. Lancé par « npm start » (et par la CI : npm test exécute les exemples).
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { demarrerService } from "@communs-opco/service";
import pino from "pino";

const ici = fileURLToPath(new URL(".", import.meta.url));
const service = await demarrerService({ port: 0, signaux: false, journal: pino({ level: "warn" }) });
console.log(`Service Communs OPCO à l'écoute sur ${service.url}`);
let statut = 0;
try {
  for (const [commande, script] of [["sh", "appels.sh"], ["python3", "appel_service.py"]]) {
    console.log(`\n> ${commande} ${script} ${service.url}`);
    // Processus asynchrone : le service tourne dans ce même processus et doit pouvoir répondre.
    const code = await new Promise((resoudre) => {
      const p = spawn(commande, [`${ici}${script}`, service.url], { stdio: "inherit" });
      p.on("close", resoudre);
    });
    if (code !== 0) {
      console.error(`${script} a échoué (code ${code}).`);
      statut = 1;
    }
  }
} finally {
  await service.arreter();
}
process.exitCode = statut;
