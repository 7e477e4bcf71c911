// Lanceur du banc de charge : `opco serveur` tel qu'en production, plus un canal IPC par lequel le
// banc demande une mesure de la mémoire **après un ramasse-miettes forcé** (node --expose-gc) :
// la RSS et le tas vivant mesurés ainsi distinguent une fuite (croissance d'un échantillon à
// l'autre) de la simple montée en charge du tas. Usage : node --expose-gc serveurMesure.mjs serveur …
process.on("message", (message) => {
  if (message !== "mesure" || typeof globalThis.gc !== "function") return;
  globalThis.gc();
  const { rss, heapUsed } = process.memoryUsage();
  process.send?.({ rss, heapUsed });
});
// Le canal IPC ne retient pas le processus : seul le serveur le fait vivre.
process.channel?.unref();
await import(new URL("../../cli/bin/opco.js", import.meta.url).href);
