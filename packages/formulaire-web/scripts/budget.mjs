#!/usr/bin/env node
// `npm run budget -w @communs-opco/formulaire-web` : mesure la taille gzip du premier chargement de
// chaque élément (le fichier de l'élément et les morceaux qu'il importe statiquement, de proche en
// proche) et échoue au-delà du budget. Les contrôles (dist/morceaux/controles.js), chargés à la
// demande après l'affichage, ont leur propre budget. Aucun fichier mesuré n'importe de module `node:`.
// À lancer après `npm run build`.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

// Dossier mesuré : dist/ du paquet, ou celui donné en argument (construction de test).
const dist = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "..", "dist");
const KIO = 1024;
/** Budgets en octets gzip (niveau 9). */
export const BUDGETS = {
  "cerfa-apprentissage.js": 30 * KIO,
  "offres-alternance.js": 12 * KIO,
  "morceaux/controles.js": 380 * KIO,
};

function premierChargement(fichier, vus = new Set()) {
  if (vus.has(fichier)) return vus;
  vus.add(fichier);
  const code = readFileSync(fichier, "utf8");
  // Imports statiques de la sortie esbuild (`import{…}from"./morceaux/x.js"`, `import"./x.js"`) ; les import() dynamiques sont exclus.
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*"(\.{1,2}\/[^"]+\.js)"/g)) premierChargement(join(dirname(fichier), m[1]), vus);
  return vus;
}

let echec = false;
for (const [entree, budget] of Object.entries(BUDGETS)) {
  const chemin = join(dist, entree);
  if (!existsSync(chemin)) {
    console.error(`${entree} : introuvable (lancer d'abord npm run build).`);
    echec = true;
    continue;
  }
  const fichiers = [...premierChargement(chemin)];
  const taille = fichiers.reduce((t, f) => t + gzipSync(readFileSync(f), { level: 9 }).length, 0);
  const ok = taille <= budget;
  echec ||= !ok;
  console.log(`${ok ? "ok    " : "ÉCHEC "} ${entree} : ${(taille / KIO).toFixed(1)} Kio gzip (budget ${String(budget / KIO)} Kio ; ${fichiers.map((f) => relative(dist, f)).join(" + ")})`);
  if (fichiers.some((f) => /\bfrom\s*"node:|\bimport\s*\(?\s*"node:/.test(readFileSync(f, "utf8")))) {
    console.error(`ÉCHEC  ${entree} : import d'un module node: dans un fichier destiné au navigateur.`);
    echec = true;
  }
  if (entree !== "morceaux/controles.js") {
    // Ni les contrôles, ni la table des codes postaux, ni les traductions de zod au premier chargement.
    const contenu = fichiers.map((f) => readFileSync(f, "utf8")).join("\n");
    const interdits = [
      [fichiers.some((f) => f.endsWith("controles.js")), "le module des contrôles"],
      [contenu.includes("01000;01;Bourg"), "la table des codes postaux"],
      [contenu.includes("Ung\\xFCltig") || contenu.includes("Ungültig"), "les traductions de zod"],
    ];
    for (const [present, quoi] of interdits) {
      if (present) {
        console.error(`ÉCHEC  ${entree} : ${quoi} dans le premier chargement.`);
        echec = true;
      }
    }
  }
}
process.exit(echec ? 1 : 0);
