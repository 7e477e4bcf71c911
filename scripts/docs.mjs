#!/usr/bin/env node
// `npm run docs` : compile les paquets, produit le site de documentation de l'API (TypeDoc, avec
// typedoc-plugin-zod pour que les types des schémas montrent leurs champs) dans docs/api/, puis
// vérifie que chaque lien interne du site mène à un fichier présent. Rien d'extérieur au dépôt
// n'est lu ni téléchargé. Ouvrir docs/api/index.html dans un navigateur.
//
// Échoue (code 1) si la compilation échoue, si TypeDoc signale une erreur, ou si une page du site
// pointe vers un fichier absent (vérification ci-dessous). Les avertissements de TypeDoc (symbole
// référencé mais non exporté) sont affichés sans faire échouer.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const racine = join(dirname(fileURLToPath(import.meta.url)), "..");
const sortie = join(racine, "docs", "api");
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1" };

function lancer(commande, args) {
  console.log(`$ ${commande} ${args.join(" ")}`);
  const r = spawnSync(commande, args, { stdio: "inherit", env, cwd: racine });
  return r.status ?? 1;
}

console.log("Documentation : compilation des paquets (déclarations de types nécessaires à TypeDoc)…");
if (lancer("npx", ["turbo", "run", "build", "--output-logs=errors-only"]) !== 0) process.exit(1);
console.log("Documentation : TypeDoc…");
if (lancer("npx", ["typedoc", "--logLevel", "Warn"]) !== 0) process.exit(1);

function* pagesHtml(dossier) {
  for (const entree of readdirSync(dossier, { withFileTypes: true })) {
    const chemin = join(dossier, entree.name);
    if (entree.isDirectory()) yield* pagesHtml(chemin);
    else if (entree.name.endsWith(".html")) yield chemin;
  }
}

let pages = 0;
let liens = 0;
const casses = [];
for (const page of pagesHtml(sortie)) {
  pages += 1;
  const html = readFileSync(page, "utf8");
  for (const [, cible] of html.matchAll(/(?:href|src)="([^"#?]+)[^"]*"/g)) {
    if (/^(?:[a-z]+:|\/\/)/i.test(cible)) continue; // lien externe (https:, mailto:…)
    liens += 1;
    if (!existsSync(join(dirname(page), decodeURIComponent(cible)))) casses.push(`${relative(racine, page)} → ${cible}`);
  }
}
if (!existsSync(join(sortie, "index.html")) || pages === 0) {
  console.error("Documentation : docs/api/index.html n'a pas été produit.");
  process.exit(1);
}
if (casses.length > 0) {
  console.error(`Documentation : ${casses.length} lien(s) interne(s) cassé(s) :\n  ${[...new Set(casses)].slice(0, 50).join("\n  ")}`);
  process.exit(1);
}
console.log(`Documentation : ${pages} pages, ${liens} liens internes vérifiés. Ouvrir ${relative(process.cwd(), join(sortie, "index.html"))}`);
