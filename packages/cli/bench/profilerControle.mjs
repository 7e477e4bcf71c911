// Outil d'itération sur les performances de `controlerValeur`, exécuté depuis les sources :
//   npx tsx --conditions=@communs-opco/source packages/cli/bench/profilerControle.mjs
// (ajouter `node --cpu-prof` via `NODE_OPTIONS=--cpu-prof` pour un profil). Mesure le temps
// processeur (process.cpuUsage), pas le temps écoulé : la machine est partagée.
// Imprime une ligne JSON : { outil, contrats, contratsParSecondeCpu, microsecondesCpuParContrat }.
import { controlerValeur } from "../src/controle/controlerValeur.ts";
import { genererContratsDemo } from "../src/demo/genererContratsDemo.ts";

const ECHANTILLON = Number(process.env.BENCH_ECHANTILLON ?? 5_000);
const TOURS = Number(process.env.BENCH_TOURS ?? 3);
const contexte = { dateEvaluation: "2025-11-03" };

const valeurs = [];
for (const l of genererContratsDemo({ nombre: ECHANTILLON, graine: 2025 })) {
  try {
    valeurs.push(JSON.parse(l.texte));
  } catch {
    // ligne volontairement illisible
  }
}
for (const v of valeurs.slice(0, 1000)) controlerValeur(v, contexte);
let meilleur = Infinity;
for (let t = 0; t < TOURS; t++) {
  const avant = process.cpuUsage();
  for (const v of valeurs) controlerValeur(v, contexte);
  const cpu = process.cpuUsage(avant);
  meilleur = Math.min(meilleur, cpu.user + cpu.system);
}
console.log(
  JSON.stringify({
    outil: "profilerControle",
    contrats: valeurs.length,
    contratsParSecondeCpu: Math.round((valeurs.length * 1e6) / meilleur),
    microsecondesCpuParContrat: Math.round((meilleur / valeurs.length) * 10) / 10,
  }),
);
