#!/usr/bin/env node
// Profil processeur de la seule boucle `rapideEtRegles` du banc `controle.mjs` (issue 12) : chemin
// rapide (validateur compilé + vue typée) puis règles synchrones du moteur compilé, sur le jeu de
// démonstration, répétée BENCH_TOURS fois (20 par défaut). À lancer sous `node --cpu-prof` :
//   node --cpu-prof --cpu-prof-dir=/tmp/profil scripts/bench/profilRegles.mjs
// Variables : BENCH_CONTRATS (3 000 par défaut), BENCH_TOURS (20), BENCH_BOUCLE (rapideEtRegles par
// défaut ; cheminRapide ou reglesSynchrones pour profiler une seule des deux moitiés).
import { genererContratsDemo } from "@communs-opco/cli";
import { creerMoteurControle } from "@communs-opco/regles";

const CONTRATS = Number(process.env.BENCH_CONTRATS ?? 3_000);
const TOURS = Number(process.env.BENCH_TOURS ?? 20);
const BOUCLE = process.env.BENCH_BOUCLE ?? "rapideEtRegles";
const moteur = creerMoteurControle({ dateEvaluation: "2025-11-03" });
const valeurs = [];
for (const { texte } of genererContratsDemo({ nombre: CONTRATS, graine: 2025 })) {
  try {
    valeurs.push(JSON.parse(texte));
  } catch {
    // ligne volontairement illisible
  }
}
const lus = valeurs.map((v) => moteur.lire(v)).filter((lu) => lu.ok);
const boucles = {
  rapideEtRegles() {
    for (const v of valeurs) {
      const lu = moteur.lire(v);
      if (lu.ok) moteur.evaluer(lu.contrat, lu.vue);
    }
  },
  cheminRapide() {
    for (const v of valeurs) moteur.lire(v);
  },
  reglesSynchrones() {
    for (const lu of lus) moteur.evaluer(lu.contrat, lu.vue);
  },
};
const boucle = boucles[BOUCLE];
if (boucle === undefined) throw new Error(`BENCH_BOUCLE inconnue : ${BOUCLE}`);
const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
let minimum = Number.POSITIVE_INFINITY;
for (let t = 0; t < TOURS; t++) {
  const avant = cpu();
  boucle();
  minimum = Math.min(minimum, cpu() - avant);
}
process.stderr.write(`[profil] ${BOUCLE} : ${valeurs.length} valeurs, ${TOURS} tours, minimum ${(minimum / valeurs.length).toFixed(1)} µs CPU par valeur\n`);
