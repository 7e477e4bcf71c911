#!/usr/bin/env node
// Chemin rapide + règles synchrones (`controle.rapideEtRegles`) sur des contrats vus **une seule
// fois**, comme dans une exécution de `opco controle` (issue 12). Le banc `controle.mjs` repasse les
// mêmes objets à chaque tour : les mémoires de verdicts des gardes (`MemoireBornee`, 20 000 valeurs)
// et les caches du processeur y retiennent d'un tour à l'autre ce qu'un vrai fichier ne répète pas
// (NIR, téléphones, courriels, SIRET), ce qui flatte la mesure. Ici, chaque tour lit une tranche neuve
// du jeu de démonstration (graine fixe) avec un seul moteur pour toute l'exécution ; la référence est
// `JSON.parse` de la même tranche, au même tour. Temps processeur, minimum des tours.
// Le jeu est généré dans un fil à part (`worker_threads`) : le générateur appelle lui-même
// `calculerRemuneration` et d'autres fonctions de @communs-opco/regles pour chaque contrat, ce qui,
// dans le processus mesuré, les « chaufferait » (compilation et retours de type) alors que la CLI ne
// les appelle que pour les rares contrats à expliquer ; la mesure serait flattée.
// Seconde ligne, `controle.controlerValeurService` : `controlerValeur` appelé comme le service
// l'appelle pour `POST /v1/contrats/controle` (issue 14) — un `JSON.parse` neuf par requête, un
// contexte figé par date réutilisé (donc un moteur par date), aucune mémoire par lot — sur
// `contratExemple` (le corps du banc du service, le même à chaque requête) et sur les contrats de
// démonstration neufs du tour (seconde moitié du jeu, jamais vue par la première mesure) ; temps processeur par contrat, `JSON.parse` de la même ligne déduit.
// Variables : BENCH_CONTRATS (3 000 par tour), BENCH_TOURS (8).
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { controlerValeur } from "@communs-opco/cli";
import { creerMoteurControle } from "@communs-opco/regles";
import { contratExemple } from "@communs-opco/schemas";

if (isMainThread) await mesurer();
else {
  const { genererContratsDemo } = await import("@communs-opco/cli");
  parentPort.postMessage([...genererContratsDemo(workerData)].map((l) => l.texte));
}

/** Fil principal : reçoit le jeu généré à part, puis mesure. */
async function mesurer() {
  const CONTRATS = Number(process.env.BENCH_CONTRATS ?? 3_000);
  const TOURS = Number(process.env.BENCH_TOURS ?? 8);
  const toutes = await new Promise((resoudre, rejeter) => {
    const fil = new Worker(new URL(import.meta.url), { workerData: { nombre: CONTRATS * TOURS * 2, graine: 2025 } });
    let recues;
    fil.once("message", (lignes) => (recues = lignes));
    fil.once("error", rejeter);
    // Fil terminé avant toute mesure : son temps processeur ne compte dans aucun tour.
    fil.once("exit", () => (recues === undefined ? rejeter(new Error("jeu de démonstration non reçu")) : resoudre(recues)));
  });
  const moteur = creerMoteurControle({ dateEvaluation: "2025-11-03" });
  const cpu = () => {
    const u = process.cpuUsage();
    return u.user + u.system;
  };
  let reference = Number.POSITIVE_INFINITY;
  let mesure = Number.POSITIVE_INFINITY;
  // Ligne du service : contexte figé réutilisé, comme `ContextesEvaluation` du service.
  const contexteService = Object.freeze({ dateEvaluation: "2025-11-03" });
  const exemple = JSON.stringify(contratExemple);
  let parseExemple = Number.POSITIVE_INFINITY;
  let serviceExemple = Number.POSITIVE_INFINITY;
  let serviceFrais = Number.POSITIVE_INFINITY;
  const controlerLigne = (l) => {
    let v;
    try {
      v = JSON.parse(l);
    } catch {
      return; // ligne volontairement illisible
    }
    controlerValeur(v, contexteService);
  };
  const lireLigne = (l) => {
    try {
      JSON.parse(l);
    } catch {
      // ligne volontairement illisible
    }
  };
  for (let t = 0; t < TOURS; t++) {
    const lignes = toutes.slice(t * CONTRATS, (t + 1) * CONTRATS);
    const valeurs = [];
    let avant = cpu();
    for (const l of lignes) {
      try {
        valeurs.push(JSON.parse(l));
      } catch {
        // ligne volontairement illisible
      }
    }
    reference = Math.min(reference, (cpu() - avant) / lignes.length);
    avant = cpu();
    for (const v of valeurs) {
      const lu = moteur.lire(v);
      if (lu.ok) moteur.evaluer(lu.contrat, lu.vue);
      else if (typeof v === "object" && v !== null && !Array.isArray(v)) moteur.evaluer(v);
    }
    mesure = Math.min(mesure, (cpu() - avant) / valeurs.length);
    // Service : d'abord contratExemple (même corps à chaque requête), puis la tranche du tour, une
    // ligne à la fois (JSON.parse neuf puis controlerValeur) ; JSON.parse seul de la même tranche
    // (mesuré plus haut, `reference`) et de contratExemple déduits.
    avant = cpu();
    for (let i = 0; i < CONTRATS; i++) lireLigne(exemple);
    parseExemple = Math.min(parseExemple, (cpu() - avant) / CONTRATS);
    avant = cpu();
    for (let i = 0; i < CONTRATS; i++) controlerLigne(exemple);
    serviceExemple = Math.min(serviceExemple, (cpu() - avant) / CONTRATS);
    // Seconde moitié du jeu : des contrats que `rapideEtReglesFrais` ne voit jamais.
    const suivante = toutes.slice((TOURS + t) * CONTRATS, (TOURS + t + 1) * CONTRATS);
    avant = cpu();
    for (const l of suivante) lireLigne(l);
    const parseSuivante = (cpu() - avant) / suivante.length;
    avant = cpu();
    for (const l of suivante) controlerLigne(l);
    serviceFrais = Math.min(serviceFrais, (cpu() - avant) / suivante.length - parseSuivante);
  }
  const arrondi = (x) => Math.round(x * 10) / 10;
  process.stdout.write(
    `${JSON.stringify({ mesure: "controle.rapideEtReglesFrais", contrats: CONTRATS, tours: TOURS, referenceUs: arrondi(reference), cpuUsParEnregistrement: arrondi(mesure), ratioJsonParse: Math.round((mesure / reference) * 100) / 100 })}\n`,
  );
  process.stdout.write(
    `${JSON.stringify({ mesure: "controle.controlerValeurService", contrats: CONTRATS, tours: TOURS, jsonParseExempleUs: arrondi(parseExemple), cpuUsContratExemple: arrondi(serviceExemple - parseExemple), cpuUsContratsFrais: arrondi(serviceFrais) })}\n`,
  );
}
