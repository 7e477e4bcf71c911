// Lanceur de `opco` pour le banc : à la sortie du processus, écrit son temps CPU (process.cpuUsage,
// µs, utilisateur + système) en JSON sur le descripteur 3, que le banc lit pour comparer le temps CPU
// par contrat de la CLI à celui du service. Usage : node cliMesure.mjs controle FICHIER …
import { writeSync } from "node:fs";

process.on("exit", () => {
  const { user, system } = process.cpuUsage();
  try {
    writeSync(3, JSON.stringify({ cpuUs: user + system }));
  } catch {
    // Lancé sans descripteur 3 : rien à transmettre.
  }
});
await import(new URL("../../cli/bin/opco.js", import.meta.url).href);
