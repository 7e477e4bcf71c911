// Banc d'essai du ciblage prédictif : importe le paquet CONSTRUIT (npx tsup) et imprime une ligne JSON.
// Usage : node packages/lba/bench/ciblage.bench.mjs [départements] [établissements par département]
import { calculerScores, genererHistoriqueSynthetique, listerProspects } from "@communs-opco/lba";

const departements = Number(process.argv[2] ?? 20);
const parDepartement = Number(process.argv[3] ?? 500);
const dateReference = "2026-07-01";
const codes = Array.from({ length: departements }, (_, i) => String(i + 1).padStart(2, "0").replace(/^20$/, "21"));

let debut = performance.now();
const historique = genererHistoriqueSynthetique({ graine: "banc", dateReference, departements: codes, etablissementsParDepartement: parDepartement });
const generationMs = performance.now() - debut;
const embauches = historique.reduce((s, e) => s + e.embauches.length, 0);

debut = performance.now();
const { scores } = calculerScores(historique, { dateReference });
const scoresMs = performance.now() - debut;

debut = performance.now();
const liste = listerProspects(historique, scores, { opco: "akto" });
const listeMs = performance.now() - debut;

console.log(
  JSON.stringify({
    banc: "lba-ciblage",
    etablissements: historique.length,
    embauches,
    generationMs: Math.round(generationMs),
    scoresMs: Math.round(scoresMs),
    etablissementsParSeconde: Math.round(historique.length / (scoresMs / 1000)),
    listeMs: Math.round(listeMs),
    prospectsAkto: liste.prospects.length,
    rssMo: Math.round(process.memoryUsage().rss / 1e6),
  }),
);
