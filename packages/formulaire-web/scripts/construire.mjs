#!/usr/bin/env node
// `npm run build` : construit les composants pour le navigateur (esbuild, ESM, un fichier par
// élément dans dist/ et les morceaux partagés, Lit surtout, dans dist/morceaux/), le module des
// contrôles chargé à la demande (dist/morceaux/controles.js : moteur de règles, table des codes
// postaux, conventions collectives, zod), le module Node `dist/ressources.js`, et les
// déclarations TypeScript (dist/types/).
//
// Les contrôles sont construits à part : le découpage d'esbuild range dans le morceau commun tout
// fichier atteint par les deux graphes à travers un fichier « baril » (index.ts de
// @communs-opco/regles), même élagué ; construits séparément, ils ne sont jamais chargés avec
// l'élément. Zod n'y embarque que ses messages français et anglais (`z.locales.fr()` est le seul
// usage des traductions dans les paquets) au lieu de ses 40 langues.
import { execFileSync } from "node:child_process";
import { copyFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const paquet = join(dirname(fileURLToPath(import.meta.url)), "..");
// `--sortie <dossier>` (tests) : construit ailleurs que dans dist/, pour ne jamais vider le dossier
// que sert un autre processus (opco serveur, tests du service).
const iSortie = process.argv.indexOf("--sortie");
const dist = iSortie > 0 && process.argv[iSortie + 1] !== undefined ? process.argv[iSortie + 1] : join(paquet, "dist");
rmSync(dist, { recursive: true, force: true });

/** Remplace l'index des traductions de zod par les seules traductions française et anglaise. */
const localesZodFrancais = {
  name: "locales-zod-francais",
  setup(constructeur) {
    constructeur.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic|core)$/.test(args.resolveDir) ? { path: join(args.resolveDir, "..", "locales", "index.js"), namespace: "locales-zod" } : undefined,
    );
    constructeur.onLoad({ filter: /.*/, namespace: "locales-zod" }, (args) => ({
      contents: 'export { default as fr } from "./fr.js";\nexport { default as en } from "./en.js";\n',
      resolveDir: dirname(args.path),
      loader: "js",
    }));
  },
};

const commun = { absWorkingDir: paquet, bundle: true, format: "esm", platform: "browser", target: "es2022", minify: true, sourcemap: true, legalComments: "linked", conditions: ["@communs-opco/source"], logLevel: "warning" };

await build({ ...commun, entryPoints: { "morceaux/controles": "src/controlesNavigateur.ts" }, outdir: dist, plugins: [localesZodFrancais] });

await build({
  absWorkingDir: paquet,
  entryPoints: ["src/cerfa-apprentissage.ts", "src/offres-alternance.ts"],
  outdir: dist,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  sourcemap: true,
  legalComments: "linked",
  chunkNames: "morceaux/[name]-[hash]",
  conditions: ["@communs-opco/source"],
  metafile: false,
  logLevel: "warning",
});

await build({
  absWorkingDir: paquet,
  entryPoints: ["src/ressources.ts"],
  outdir: dist,
  bundle: false,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: true,
  logLevel: "warning",
});

// Page de démonstration servie par `opco serveur` à /formulaire/ (index.html et sa feuille de style).
for (const fichier of ["index.html", "page.css"]) copyFileSync(join(paquet, "public", fichier), join(dist, fichier));

// `--sans-types` (tests navigateur) : les déclarations ne servent qu'à la publication.
if (!process.argv.includes("--sans-types") && iSortie < 0) execFileSync(process.execPath, [join(paquet, "..", "..", "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.types.json"], { cwd: paquet, stdio: "inherit" });
