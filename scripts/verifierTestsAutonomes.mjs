#!/usr/bin/env node
// Vérifie que les tests sont autonomes : aucune source de test (fichiers *.test.*, dossiers test/,
// packages/test-support/src) ne lit un dossier hors du dépôt (../shared, /work/shared, la variable
// COMMUNS_OPCO_DONNEES). Les données publiques lues par les tests sont copiées dans
// packages/test-support/donnees (voir son README). Code de sortie 1 et liste des lignes fautives sinon.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const INTERDIT = /\.\.\/shared|\/work\/shared|COMMUNS_OPCO_DONNEES|["'`]shared["'`]/;
const fichiers = execFileSync("git", ["ls-files", "-z", "packages", "adapters", "examples"], { encoding: "utf8" })
  .split("\0")
  .filter((f) => /\.(c|m)?(t|j)sx?$/.test(f))
  .filter((f) => /\.test\.|\/test\/|\/tests\/|\/src\/test\/|^packages\/test-support\/src\//.test(f));

const fautes = [];
for (const fichier of fichiers) {
  let texte;
  try {
    texte = readFileSync(fichier, "utf8");
  } catch {
    continue; // fichier suivi mais supprimé de la copie de travail
  }
  texte.split("\n").forEach((ligne, i) => {
    if (INTERDIT.test(ligne)) fautes.push(`${fichier}:${i + 1}: ${ligne.trim()}`);
  });
}
if (fautes.length > 0) {
  console.error(`Tests non autonomes : ${fautes.length} ligne(s) lisent des données hors du dépôt (copier les fichiers dans packages/test-support/donnees) :`);
  for (const f of fautes) console.error(`  ${f}`);
  process.exit(1);
}
console.log(`Tests autonomes : ${fichiers.length} source(s) de test vérifiée(s), aucune lecture hors du dépôt.`);
