#!/usr/bin/env node
// Banc d'essai de `opco controle` dans un seul fil, hors des règles et des vérifications avant
// paiement (issue 12) : lecture, index du lot, publication des résultats (protection, sérialisation,
// écriture), pour la sortie --sortie, --json et texte.
//
// - Temps processeur (`process.cpuUsage`, utilisateur + système), tours entrelacés, minimum des N tours.
// - Référence : `JSON.parse` seul des mêmes lignes déjà en mémoire, dans le même processus, aux mêmes tours.
// - Avec BENCH_ANCIEN=<racine d'un autre arbre compilé> (par exemple /work/w7-ancien), chaque mesure
//   est faite aussi sur cette CLI-là, dans le même processus et aux mêmes tours : avant / après.
//
// Une ligne JSON par mesure (et par arbre) sur la sortie standard :
//   sortieControle.reference     JSON.parse seul (référence)
//   sortieControle.lecture       lireEnregistrements sur le fichier (lecture, décodage, découpage, JSON.parse)
//   sortieControle.publication   protegerResultat + JSON.stringify + écriture tamponnée de résultats déjà
//                                contrôlés (règles et 12 vérifications avant paiement hors ligne)
//   sortieControle.cliSortie     `opco controle --referentiel embarque --fils 1 --sortie` en processus,
//                                par enregistrement (tout compris : index du lot, règles, sorties)
//   sortieControle.cliJson       la même chose avec `--json` (sortie standard)
//   sortieControle.cliTexte      la même chose, sortie texte par défaut
//
// Variables : BENCH_CONTRATS (3 000 par défaut), BENCH_TOURS (5 par défaut), BENCH_ANCIEN.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import * as nouvelle from "@communs-opco/cli";

const CONTRATS = Number(process.env.BENCH_CONTRATS ?? 3_000);
const TOURS = Number(process.env.BENCH_TOURS ?? 5);
const DATE = "2025-11-03";
const journal = (texte) => process.stderr.write(`[sortieControle] ${texte}\n`);

const arbres = { nouveau: nouvelle };
if (process.env.BENCH_ANCIEN !== undefined) arbres.ancien = await import(pathToFileURL(resolve(process.env.BENCH_ANCIEN, "packages/cli/dist/index.js")).href);

const dossier = mkdtempSync(join(tmpdir(), "bench-sortie-controle-"));
const fichier = join(dossier, "contrats.jsonl");
const lignes = [...nouvelle.genererContratsDemo({ nombre: CONTRATS, graine: 2025 })].map((l) => l.texte);
writeFileSync(fichier, `${lignes.join("\n")}\n`);
journal(`${lignes.length} lignes, ${TOURS} tour(s), arbres : ${Object.keys(arbres).join(", ")}`);

/** Résultats déjà contrôlés (schéma, règles, 12 vérifications avant paiement hors ligne), par arbre. */
async function resultatsControles(cli) {
  const referentiel = await cli.resoudreReferentielControle("embarque", dossier);
  const prepaiement = await cli.ControleAvantPaiement.creer(referentiel, {});
  const resultats = [];
  for await (const e of cli.controlerFichiers([fichier], { dateEvaluation: DATE })) resultats.push(await prepaiement.controler(e, { dateEvaluation: DATE }));
  return resultats;
}
const resultats = {};
for (const [nom, cli] of Object.entries(arbres)) resultats[nom] = await resultatsControles(cli);

const contexte = { ecrire() {}, ecrireErreur() {}, repertoire: dossier, lireEntreeStandard: async () => "", entreeStandardInteractive: false };
const lancer = async (cli, ...options) => {
  const code = await cli.executerCli(["controle", fichier, "--date", DATE, "--referentiel", "embarque", "--fils", "1", "--silencieux", ...options], contexte);
  if (code !== 0 && code !== 1) throw new Error(`opco controle a rendu le code ${code}`);
};

const mesures = {
  reference: () => {
    for (const l of lignes) {
      try {
        JSON.parse(l);
      } catch {
        // ligne volontairement illisible du jeu de démonstration
      }
    }
  },
};
for (const [nom, cli] of Object.entries(arbres)) {
  mesures[`lecture.${nom}`] = async () => {
    for await (const lu of cli.lireEnregistrements(fichier)) if (lu.ok === undefined) throw new Error("lecture");
  };
  mesures[`publication.${nom}`] = () => {
    const morceaux = [];
    let taille = 0;
    for (const r of resultats[nom]) {
      const texte = `${JSON.stringify(cli.protegerResultat(r, false))}\n`;
      morceaux.push(texte);
      taille += texte.length;
      if (taille >= 1 << 16) {
        morceaux.join("");
        morceaux.length = 0;
        taille = 0;
      }
    }
  };
  mesures[`cliSortie.${nom}`] = () => lancer(cli, "--sortie", join(dossier, `r-${nom}.jsonl`));
  mesures[`cliJson.${nom}`] = () => lancer(cli, "--json");
  mesures[`cliTexte.${nom}`] = () => lancer(cli);
}

const minimums = Object.fromEntries(Object.keys(mesures).map((n) => [n, Number.POSITIVE_INFINITY]));
try {
  for (let t = 0; t < TOURS; t++) {
    for (const [nom, mesure] of Object.entries(mesures)) {
      const avant = process.cpuUsage();
      await mesure();
      const { user, system } = process.cpuUsage(avant);
      minimums[nom] = Math.min(minimums[nom], user + system);
    }
    journal(`tour ${t + 1}/${TOURS} : ${Object.entries(minimums).map(([n, us]) => `${n} ${Math.round(us / 1000)} ms`).join(", ")}`);
  }
} finally {
  rmSync(dossier, { recursive: true, force: true });
}

const parEnregistrement = (us) => us / lignes.length;
const reference = parEnregistrement(minimums.reference);
for (const [cle, us] of Object.entries(minimums)) {
  const [nom, arbre] = cle.split(".");
  console.log(
    JSON.stringify({
      bench: `sortieControle.${nom}`,
      ...(arbre === undefined ? {} : { arbre }),
      enregistrements: lignes.length,
      tours: TOURS,
      cpuMinMs: Math.round(us / 100) / 10,
      microsecondesCpuParEnregistrement: Math.round(parEnregistrement(us) * 10) / 10,
      ratioJsonParse: Math.round((parEnregistrement(us) / reference) * 100) / 100,
    }),
  );
}
