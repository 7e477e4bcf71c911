#!/usr/bin/env node
// Mémoire de pointe (RSS) de `opco controle --format` sur de gros fichiers, par format (issue 13,
// livrable 3 : tout fichier d'entrée de 2 Go au plus est traité ou refusé avec un RSS ≤ 500 Mo).
//
// Chaque cas construit un fichier en répétant des enregistrements réels (contrats de démonstration,
// extraction DECA, extrait DECA SIRET|EMAIL, modèle d'import du Tableau de bord, CERFA PDF du dépôt)
// jusqu'à la taille voulue — à la limite du format et juste au-delà — puis lance la CLI compilée
// sous `/usr/bin/time -v` et relève « Maximum resident set size ». Une ligne JSON par cas :
//   { "cas", "format", "taille", "issue" (code de sortie et enregistrements lus, ou refus), "maxRssMo" }
// Hors de `npm test` (plusieurs minutes de calcul pour les fichiers de 256 Mio et 2 Go).
//
// Utilisation : npm run build puis
//   node scripts/bench/memoire-entrees.mjs                 tous les cas
//   node scripts/bench/memoire-entrees.mjs json-document csv-deca-extrait   cas choisis
// Variable : BENCH_DOSSIER (dossier de travail, par défaut un dossier temporaire supprimé à la fin).
import { spawnSync } from "node:child_process";
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { genererContratsDemo } from "@communs-opco/cli";

const racine = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const BIN = join(racine, "packages/cli/bin/opco.js");
const MIO = 1024 * 1024;
/** Bibliothèque d'un adaptateur (fflate, pdf-lib), résolue depuis le paquet qui en dépend. */
const depuisAdaptateur = (adaptateur, module) => import(pathToFileURL(createRequire(join(racine, "adapters", adaptateur, "package.json")).resolve(module)).href);
const dossierDonne = process.env.BENCH_DOSSIER;
const dossier = dossierDonne ?? mkdtempSync(join(tmpdir(), "opco-memoire-entrees-"));
if (dossierDonne !== undefined) mkdirSync(dossier, { recursive: true });

/** Écrit `debut`, puis des éléments tirés de `element(i)` séparés par `separateur` tant que la taille reste sous `taille`, puis `fin` (complété d'espaces pour tomber juste). */
function ecrireFichier(nom, taille, { debut = "", fin = "", separateur = "\n", element }) {
  const chemin = join(dossier, nom);
  const fd = openSync(chemin, "w");
  let ecrit = writeSync(fd, debut);
  const reserve = Buffer.byteLength(fin);
  let tampon = [];
  let tailleTampon = 0;
  for (let i = 0; ; i++) {
    const morceau = (i === 0 ? "" : separateur) + element(i);
    const n = Buffer.byteLength(morceau);
    if (ecrit + tailleTampon + n + reserve > taille) break;
    tampon.push(morceau);
    tailleTampon += n;
    if (tailleTampon > 4 * MIO) {
      ecrit += writeSync(fd, tampon.join(""));
      tampon = [];
      tailleTampon = 0;
    }
  }
  ecrit += writeSync(fd, tampon.join(""));
  const bourrage = taille - ecrit - reserve;
  ecrit += writeSync(fd, " ".repeat(Math.max(0, bourrage)) + fin);
  closeSync(fd);
  return chemin;
}

// Contrats de démonstration (2 % de lignes cassées : la lecture en flux les rend illisibles et continue) ; sans ligne cassée pour un document lu d'un bloc.
const contrats = [...genererContratsDemo({ nombre: 2_000, graine: 2025 })].map((l) => l.texte);
const contratsValides = [...genererContratsDemo({ nombre: 2_000, graine: 2025, partIllisibles: 0 })].map((l) => l.texte);
const contratsDeca = JSON.parse(readFileSync(join(racine, "adapters/deca/test/fixtures/extraction-deca.json"), "utf8")).pages.flatMap((p) => p.contrats).map((c) => JSON.stringify(c));
const lignesExtrait = readFileSync(join(racine, "adapters/deca/test/fixtures/DECA_Extraction MIA-Fake.csv"), "utf8").trim().split(/\r?\n/u);
const lignesTdb = readFileSync(join(racine, "adapters/tableau-de-bord/test/fixtures/sample-import-of-test.csv"), "utf8").trim().split(/\r?\n/u);

const fabriques = {
  "json-tableau": (taille) => ecrireFichier(`tableau-${taille}.json`, taille, { debut: "[\n", fin: "\n]\n", separateur: ",\n", element: (i) => contrats[i % contrats.length] }),
  "json-lignes": (taille) => ecrireFichier(`lignes-${taille}.jsonl`, taille, { element: (i) => contrats[i % contrats.length], fin: "\n" }),
  "json-document": (taille) => ecrireFichier(`document-${taille}.json`, taille, { debut: '{"enregistrements": [\n', fin: "\n]}\n", separateur: ",\n", element: (i) => contratsValides[i % contratsValides.length] }),
  "json-deca": (taille) => ecrireFichier(`deca-${taille}.json`, taille, { debut: "[\n", fin: "\n]\n", separateur: ",\n", element: (i) => contratsDeca[i % contratsDeca.length] }),
  // Éléments de 8 Mio (un contrat allongé d'espaces) : 2 Go lus sans contrôler des centaines de milliers de contrats.
  "json-lignes-2go": (taille) => ecrireFichier(`lignes-2go-${taille}.jsonl`, taille, { element: (i) => `${contrats[i % contrats.length].slice(0, -1)}${" ".repeat(8 * MIO)}}`, fin: "\n" }),
  "csv-deca-extrait": (taille) => ecrireFichier(`extrait-${taille}.csv`, taille, { debut: `${lignesExtrait[0]}\n`, fin: "\n", element: (i) => lignesExtrait[1 + (i % (lignesExtrait.length - 1))] }),
  "csv-tableau-de-bord": (taille) => ecrireFichier(`tdb-${taille}.csv`, taille, { debut: `${lignesTdb[0]}\n`, fin: "\n", element: (i) => lignesTdb[1 + (i % (lignesTdb.length - 1))] }),
  xlsx: async (taille) => {
    const { unzipSync, zipSync } = await depuisAdaptateur("cerfa-pdf", "fflate");
    const entrees = unzipSync(new Uint8Array(readFileSync(join(racine, "adapters/tableau-de-bord/test/fixtures/modele-import-29012025.xlsx"))));
    const feuille = new TextDecoder().decode(entrees["xl/worksheets/sheet1.xml"]);
    const lignes = [...feuille.matchAll(/<row [^>]*r="(\d+)"[^>]*>.*?<\/row>/gsu)];
    // Ligne de données réelle du modèle (ligne 2), répétée et renumérotée après la dernière ligne de la feuille.
    const modele = lignes[1][0];
    const numero = Number(lignes.at(-1)[1]);
    const autres = Object.values(entrees).reduce((s, o) => s + o.length, 0) - entrees["xl/worksheets/sheet1.xml"].length;
    const cible = taille - autres - 4096;
    const morceaux = [];
    let n = feuille.length;
    for (let r = numero + 1; n < cible; r++) {
      const ligne = modele.replace(/(<row [^>]*r=")\d+/u, `$1${r}`).replace(/(<c [^>]*r="[A-Z]+)\d+/gu, `$1${r}`);
      morceaux.push(ligne);
      n += ligne.length;
    }
    const fin = feuille.indexOf("</sheetData>");
    entrees["xl/worksheets/sheet1.xml"] = new TextEncoder().encode(feuille.slice(0, fin) + morceaux.join("") + feuille.slice(fin));
    let zip = zipSync(entrees, { level: 0 });
    const chemin = join(dossier, `classeur-${taille}.xlsx`);
    // Ajusté à l'octet : commentaire d'archive (au plus 65 535 octets) pour atteindre la taille voulue.
    const manque = taille - zip.length;
    if (manque > 0 && manque <= 65_535) {
      zip = Uint8Array.from([...zip.subarray(0, zip.length - 2), manque & 0xff, manque >> 8, ...new Uint8Array(manque).fill(0x20)]);
    }
    const fd = openSync(chemin, "w");
    writeSync(fd, zip);
    closeSync(fd);
    return chemin;
  },
  pdf: async (taille) => {
    const pdfLib = await depuisAdaptateur("cerfa-pdf", "@cantoo/pdf-lib");
    const PDFDocument = pdfLib.PDFDocument ?? pdfLib.default.PDFDocument;
    const document = await PDFDocument.load(readFileSync(join(racine, "adapters/cerfa-pdf/test/fixtures/cerfa_10103-11.pdf")));
    const base = (await document.save({ useObjectStreams: false })).length;
    // Pièce jointe d'octets aléatoires (incompressibles) pour atteindre la taille voulue.
    const aleatoire = new Uint8Array(Math.max(0, taille - base));
    for (let i = 0; i < aleatoire.length; i += 65_536) crypto.getRandomValues(aleatoire.subarray(i, i + 65_536));
    // Premier essai pour mesurer l'enveloppe de la pièce jointe, puis pièce ajustée pour rester sous la taille voulue.
    const essai = await PDFDocument.load(readFileSync(join(racine, "adapters/cerfa-pdf/test/fixtures/cerfa_10103-11.pdf")));
    await essai.attach(aleatoire.subarray(0, Math.max(0, aleatoire.length - 65_536)), "remplissage.bin", { mimeType: "application/octet-stream" });
    const surcout = (await essai.save({ useObjectStreams: false })).length - base - Math.max(0, aleatoire.length - 65_536);
    await document.attach(aleatoire.subarray(0, Math.max(0, taille - base - surcout - 16)), "remplissage.bin", { mimeType: "application/octet-stream" });
    let octets = await document.save({ useObjectStreams: false });
    const chemin = join(dossier, `cerfa-${taille}.pdf`);
    // Complété par des blancs après %%EOF (permis) pour tomber à l'octet.
    if (octets.length < taille) octets = Uint8Array.from([...octets, ...new Uint8Array(taille - octets.length).fill(0x0a)]);
    const fd = openSync(chemin, "w");
    writeSync(fd, octets);
    closeSync(fd);
    return chemin;
  },
};

const LIMITE_JSON = 256 * MIO;
const LIMITE_DOCUMENT = Number(process.env.OPCO_TAILLE_MAX_DOCUMENT ?? 16 * MIO);
/** Cas : format de `--format`, fabrique, taille, variables d'environnement. */
const CAS = [
  ["json-tableau", "standard", LIMITE_JSON],
  ["json-tableau", "standard", LIMITE_JSON + 1],
  ["json-lignes", "standard", LIMITE_JSON],
  ["json-deca", "deca", LIMITE_JSON],
  ["json-document", "standard", LIMITE_DOCUMENT],
  ["json-document", "standard", LIMITE_DOCUMENT + 1],
  ["csv-deca-extrait", "deca-extrait", LIMITE_DOCUMENT],
  ["csv-deca-extrait", "deca-extrait", LIMITE_DOCUMENT + 1],
  ["csv-tableau-de-bord", "tableau-de-bord", LIMITE_DOCUMENT],
  ["csv-tableau-de-bord", "tableau-de-bord", 1024 * MIO, {}],
  // Classeur non compressé : taille du fichier = taille décompressée (budget de décompression, 8 Mio), puis limite du fichier (50 Mio).
  ["xlsx", "tableau-de-bord", 8 * MIO],
  ["xlsx", "tableau-de-bord", 8 * MIO + 64 * 1024],
  ["xlsx", "tableau-de-bord", 50 * MIO],
  ["xlsx", "tableau-de-bord", 50 * MIO + 1],
  ["pdf", "cerfa-pdf", 20 * MIO],
  ["pdf", "cerfa-pdf", 20 * MIO + 1],
  // Format à la plus haute limite (JSON, 256 Mio) : 2 Go refusés par défaut, lus en flux si la limite est relevée.
  ["json-lignes-2go", "standard", 2 * 1024 * MIO],
  ["json-lignes-2go", "standard", 2 * 1024 * MIO, { OPCO_TAILLE_MAX_JSON: String(3 * 1024 * MIO) }],
];

const choisis = process.argv.slice(2);
try {
  for (const [fabrique, format, taille, env = {}] of CAS) {
    if (choisis.length > 0 && !choisis.includes(fabrique)) continue;
    const chemin = await fabriques[fabrique](taille);
    // Sortie texte par défaut (le résumé), comme un contrôle de lot : `--json` garderait chaque résultat jusqu'à la fin.
    const r = spawnSync("/usr/bin/time", ["-v", process.execPath, BIN, "controle", chemin, "--format", format, "--date", "2025-11-03", "--referentiel", "aucun"], {
      env: { ...process.env, ...env },
      maxBuffer: 1024 * MIO,
      encoding: "utf8",
    });
    const rss = /Maximum resident set size \(kbytes\): (\d+)/u.exec(r.stderr)?.[1];
    const lus = /Enregistrements lus\s*: (\d+)/u.exec(r.stdout)?.[1];
    const illisibles = /Illisibles\s*: (\d+)/u.exec(r.stdout)?.[1];
    const refus = /(fichier trop volumineux[^:]*|archive ZIP refusée[^:(]*)/u.exec(r.stdout + r.stderr)?.[1];
    const issue =
      refus !== undefined
        ? `code ${r.status}, refusé : ${refus.trim()}`
        : lus !== undefined
          ? `code ${r.status}, ${lus} lus, ${illisibles ?? "?"} illisibles`
          : `code ${r.status ?? r.signal}, ${r.stderr.split("\n").find((l) => /opco|heap|FATAL/u.test(l)) ?? "sortie illisible"}`;
    process.stdout.write(`${JSON.stringify({ cas: fabrique, format, taille, env, issue, maxRssMo: rss === undefined ? null : Math.round(Number(rss) / 1024) })}\n`);
    rmSync(chemin, { force: true });
  }
} finally {
  if (dossierDonne === undefined && existsSync(dossier)) rmSync(dossier, { recursive: true, force: true });
}
