// Banc d'essai de `opco controle` (paquets compilés, importés par leur nom).
//
// 1. Débit du jeu complet de règles synchrones : `controlerValeur` (schéma tolérant puis toutes les
//    règles synchrones du registre du contrat) sur des contrats déjà analysés, en mémoire.
// 2. Rapport entre le temps du cœur de `opco controle` (lecture en flux du fichier JSON Lines,
//    JSON.parse, schéma, règles, décomptes) et celui d'un simple JSON.parse des mêmes lignes, dans
//    le même processus.
// 3. Mémoire : un fichier de BENCH_CONTRATS lignes (1 million par défaut) est écrit dans un
//    répertoire temporaire avec le générateur de démonstration (un échantillon de contrats générés,
//    répété jusqu'au nombre voulu), puis lu en flux par le cœur ; la RSS est échantillonnée tout au
//    long de la lecture. Le fichier est supprimé à la fin.
//
// Imprime une ligne JSON : { bench, contratsParSeconde, contratsParSecondeCpu, ratioJsonParse, rssMaxMo, … }.
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BilanControle, controlerFichiers, controlerValeur, genererContratsDemo } from "@communs-opco/cli";

const CONTRATS = Number(process.env.BENCH_CONTRATS ?? 1_000_000);
const ECHANTILLON = Number(process.env.BENCH_ECHANTILLON ?? 5_000);
const RATIO_LIGNES = Number(process.env.BENCH_RATIO_LIGNES ?? 20_000);
const DATE = "2025-11-03";
const contexte = { dateEvaluation: DATE };
const Mo = (octets) => Math.round((octets / (1024 * 1024)) * 10) / 10;
const journal = (texte) => process.stderr.write(`[controle.bench] ${texte}\n`);

// Échantillon de contrats de démonstration (graine fixe : conformes, défauts connus, lignes illisibles).
const lignes = [...genererContratsDemo({ nombre: ECHANTILLON, graine: 2025 })].map((l) => l.texte);
const valeurs = [];
for (const l of lignes) {
  try {
    valeurs.push(JSON.parse(l));
  } catch {
    // ligne volontairement illisible : hors de la mesure du débit des règles
  }
}

// 1. Débit des règles synchrones (après un tour de chauffe).
for (const v of valeurs.slice(0, 500)) controlerValeur(v, contexte);
globalThis.gc?.();
const cpuAvant = process.cpuUsage();
let debut = performance.now();
for (const v of valeurs) controlerValeur(v, contexte);
const dureeRegles = performance.now() - debut;
const cpu = process.cpuUsage(cpuAvant);
const contratsParSeconde = Math.round((valeurs.length * 1000) / dureeRegles);
// Débit rapporté au temps processeur consommé : moins sensible à une machine partagée et chargée.
const contratsParSecondeCpu = Math.round((valeurs.length * 1e6) / (cpu.user + cpu.system));
journal(`${valeurs.length} contrats contrôlés en ${Math.round(dureeRegles)} ms`);

// Fichier temporaire JSON Lines de `nombre` lignes (l'échantillon répété).
const dossier = mkdtempSync(join(tmpdir(), "opco-controle-bench-"));
async function ecrireFichier(nom, nombre) {
  const chemin = join(dossier, nom);
  const flux = createWriteStream(chemin);
  for (let i = 0; i < nombre; i++) {
    if (!flux.write(`${lignes[i % lignes.length]}\n`)) await new Promise((r) => flux.once("drain", r));
  }
  await new Promise((r) => flux.end(r));
  return chemin;
}

try {
  // 2. Cœur de `opco controle` contre JSON.parse seul, sur le même fichier.
  const fichierRatio = await ecrireFichier("ratio.jsonl", RATIO_LIGNES);
  debut = performance.now();
  let lus = 0;
  for (const ligne of readFileSync(fichierRatio, "utf8").split("\n")) {
    if (ligne === "") continue;
    try {
      JSON.parse(ligne);
    } catch {
      // ligne illisible : comptée comme lue
    }
    lus++;
  }
  const jsonParseMs = performance.now() - debut;
  globalThis.gc?.();
  const bilanRatio = new BilanControle();
  debut = performance.now();
  for await (const { resultat } of controlerFichiers([fichierRatio], contexte)) bilanRatio.ajouter(resultat);
  const coeurMs = performance.now() - debut;
  if (bilanRatio.resume().total !== lus) throw new Error("décomptes incohérents");
  journal(`ratio : cœur ${Math.round(coeurMs)} ms, JSON.parse ${Math.round(jsonParseMs)} ms (${lus} lignes)`);

  // 3. Mémoire en flux sur le gros fichier.
  const gros = await ecrireFichier("gros.jsonl", CONTRATS);
  globalThis.gc?.();
  const rssDebut = process.memoryUsage().rss;
  let rssMax = rssDebut;
  const echantillons = [];
  const tasApresGc = [];
  const bilan = new BilanControle();
  debut = performance.now();
  for await (const { resultat } of controlerFichiers([gros], contexte)) {
    bilan.ajouter(resultat);
    if (resultat.index % 1000 === 0) {
      const rss = process.memoryUsage().rss;
      if (rss > rssMax) rssMax = rss;
    }
    if (resultat.index % Math.max(1, Math.floor(CONTRATS / 10)) === 0) {
      const rss = process.memoryUsage().rss;
      if (rss > rssMax) rssMax = rss;
      echantillons.push(Mo(rss));
      // Tas vivant après un GC complet : c'est lui qui doit rester plat (la RSS suit le rythme du GC).
      globalThis.gc?.();
      tasApresGc.push(Mo(process.memoryUsage().heapUsed));
      journal(`${resultat.index} contrats, RSS ${Mo(rss)} Mo, tas après GC ${tasApresGc.at(-1)} Mo`);
    }
  }
  const dureeFlux = performance.now() - debut;
  const resume = bilan.resume();
  if (resume.total !== CONTRATS) throw new Error(`${resume.total} enregistrements lus au lieu de ${CONTRATS}`);

  console.log(
    JSON.stringify({
      bench: "controle",
      contratsParSeconde,
      contratsParSecondeCpu,
      microsecondesParContrat: Math.round((dureeRegles * 1000) / valeurs.length),
      ratioJsonParse: Math.round((coeurMs / jsonParseMs) * 10) / 10,
      lignesRatio: lus,
      contratsFlux: resume.total,
      contratsParSecondeFlux: Math.round((resume.total * 1000) / dureeFlux),
      rssDebutMo: Mo(rssDebut),
      rssMaxMo: Mo(rssMax),
      rssParDixiemeMo: echantillons,
      tasApresGcParDixiemeMo: tasApresGc,
      resume,
    }),
  );
} finally {
  rmSync(dossier, { recursive: true, force: true });
}
