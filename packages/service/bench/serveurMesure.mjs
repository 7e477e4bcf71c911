// Lanceur du banc de charge : `opco serveur` tel qu'en production, plus un canal IPC par lequel le
// banc demande au service ses propres mesures :
// - « mesure » : RSS et tas vivant **après un ramasse-miettes forcé** (node --expose-gc) ; mesurées
//   ainsi, elles distinguent une fuite (croissance d'un échantillon à l'autre) de la simple montée en
//   charge du tas ;
// - « cpu » : temps CPU consommé par le processus depuis son départ (process.cpuUsage, µs,
//   utilisateur + système) : le banc en fait la différence autour de chaque mesure.
// Usage : node --expose-gc serveurMesure.mjs serveur …
process.on("message", (message) => {
  if (message === "cpu") {
    const { user, system } = process.cpuUsage();
    process.send?.({ cpuUs: user + system });
    return;
  }
  if (message !== "mesure" || typeof globalThis.gc !== "function") return;
  globalThis.gc();
  const { rss, heapUsed } = process.memoryUsage();
  process.send?.({ rss, heapUsed });
});
// Le canal IPC ne retient pas le processus : seul le serveur le fait vivre.
process.channel?.unref();
await import(new URL("../../cli/bin/opco.js", import.meta.url).href);
