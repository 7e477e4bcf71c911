// Banc d'essai des indicateurs : 1 million d'effectifs générés (graine fixe), statuts à une date
// puis indicateurs par trois dimensions ; l'étape d'agrégation est aussi exécutée dans DuckDB
// (un seul fil d'exécution) sur les mêmes colonnes, et le rapport des durées est imprimé.
// Imprime une ligne JSON : { bench, effectifs, dureeMs, ratioDuckdb, ... }.
import { DuckDBInstance } from "@duckdb/node-api";
import {
  agregerParDimensions,
  colonnesDimensions,
  genererEffectifs,
  preparerEffectifs,
  statutsALaDate,
} from "@communs-opco/indicateurs";

const EFFECTIFS = Number(process.env.BENCH_EFFECTIFS ?? 1_000_000);
const DATE = "2025-03-06";
const PAR = ["departement", "niveau", "trancheAge"];
const REPETITIONS = 5;

const effectifs = genererEffectifs({ nombre: EFFECTIFS, graine: 2026 });
globalThis.gc?.();

// Chaîne complète : parcours (statuts), statut à la date, dimensions, agrégation.
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const table = preparerEffectifs(effectifs);
const { statuts } = statutsALaDate(table, DATE, { filtrerAnneeScolaire: false });
const colonnes = colonnesDimensions(table, PAR, { date: DATE });
const groupes = agregerParDimensions(colonnes, statuts);
const dureeMs = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const dureeCpuMs = (cpu.user + cpu.system) / 1000;

// Étape d'agrégation seule (meilleure de plusieurs exécutions).
let agregationMs = Number.POSITIVE_INFINITY;
for (let r = 0; r < REPETITIONS; r++) {
  const debut = performance.now();
  agregerParDimensions(colonnes, statuts);
  agregationMs = Math.min(agregationMs, performance.now() - debut);
}

// Même agrégation dans DuckDB, sur les mêmes colonnes (codes de dictionnaire et statut).
const instance = await DuckDBInstance.create(":memory:");
const connexion = await instance.connect();
await connexion.run("SET threads = 1");
await connexion.run("CREATE TABLE effectifs (d0 UINTEGER, d1 UINTEGER, d2 UINTEGER, statut UTINYINT)");
const appender = await connexion.createAppender("effectifs");
const [c0, c1, c2] = colonnes.map((c) => c.codes);
for (let i = 0; i < EFFECTIFS; i++) {
  appender.appendUInteger(c0[i]);
  appender.appendUInteger(c1[i]);
  appender.appendUInteger(c2[i]);
  appender.appendUTinyInt(statuts[i]);
  appender.endRow();
}
appender.closeSync();
const requete = "SELECT d0, d1, d2, statut, count(*)::INTEGER AS n FROM effectifs WHERE statut < 5 GROUP BY d0, d1, d2, statut";
let duckdbMs = Number.POSITIVE_INFINITY;
let lignes = [];
for (let r = 0; r < REPETITIONS; r++) {
  const debut = performance.now();
  const resultat = await connexion.runAndReadAll(requete);
  duckdbMs = Math.min(duckdbMs, performance.now() - debut);
  lignes = resultat.getRows();
}

// Contrôle : les deux agrégations donnent les mêmes comptes.
const totalDuckdb = lignes.reduce((s, l) => s + Number(l[4]), 0);
const totalNous = groupes.reduce((s, g) => s + g.apprentis + g.inscrits + g.rupturants + g.abandons, 0);
if (totalDuckdb !== totalNous) {
  console.error(`écart entre DuckDB (${totalDuckdb}) et le calcul (${totalNous})`);
  process.exit(1);
}
connexion.closeSync?.();

console.log(
  JSON.stringify({
    bench: "indicateurs",
    effectifs: EFFECTIFS,
    dureeMs: Math.round(dureeMs),
    dureeCpuMs: Math.round(dureeCpuMs),
    ratioDuckdb: Number((agregationMs / duckdbMs).toFixed(2)),
    agregationMs: Number(agregationMs.toFixed(2)),
    duckdbMs: Number(duckdbMs.toFixed(2)),
    groupes: groupes.length,
    comptes: totalNous,
  }),
);
