#!/usr/bin/env node
// `node scripts/versions-internes.mjs [--verifier]` : met les manifestes de l'espace de travail
// en forme de publication, de façon déterministe et idempotente (à relancer après l'ajout d'un
// paquet ou la fusion d'une branche) :
//
// 1. chaque dépendance interne (`@communs-opco/…` dans dependencies, devDependencies,
//    peerDependencies, optionalDependencies) prend la plage `^<version actuelle de ce paquet>`
//    (sémantique `workspace:^` : jamais `*`, qui laisserait un paquet publié accepter toute
//    future version majeure ; `changeset version` réécrit ensuite ces plages en `^<nouvelle version>`) ;
// 2. chaque paquet public contient le fichier `LICENSE` (copie de celui de la racine) et le
//    liste dans son champ `files`.
//
// Les versions elles-mêmes ne sont jamais modifiées ici : elles viennent de `changeset version`
// (un paquet encore en 0.0.0 avec un changeset « minor » est publié en 0.1.0).
//
// Avec `--verifier`, n'écrit rien et échoue (code 1) si un fichier devrait changer : c'est la
// vérification de la CI (phase « manifestes » de `npm test`).
import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const racine = join(dirname(fileURLToPath(import.meta.url)), "..");
const verifier = process.argv.includes("--verifier");
const SECTIONS = ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"];

/** Dossiers des paquets de l'espace de travail (motifs `dossier/*` du package.json racine). */
function dossiersEspaceDeTravail() {
  const { workspaces } = JSON.parse(readFileSync(join(racine, "package.json"), "utf8"));
  const dossiers = [];
  for (const motif of workspaces) {
    if (!motif.endsWith("/*")) throw new Error(`motif d'espace de travail non pris en charge : ${motif}`);
    const parent = join(racine, motif.slice(0, -2));
    if (!existsSync(parent)) continue;
    for (const nom of readdirSync(parent).sort()) {
      if (existsSync(join(parent, nom, "package.json"))) dossiers.push(join(parent, nom));
    }
  }
  return dossiers;
}

const paquets = dossiersEspaceDeTravail().map((dossier) => {
  const chemin = join(dossier, "package.json");
  const texte = readFileSync(chemin, "utf8");
  return { dossier, chemin, texte, manifeste: JSON.parse(texte) };
});
const versions = new Map(paquets.map((p) => [p.manifeste.name, p.manifeste.version]));
const licence = readFileSync(join(racine, "LICENSE"), "utf8");

const aChanger = [];
for (const p of paquets) {
  const m = p.manifeste;
  for (const section of SECTIONS) {
    for (const nom of Object.keys(m[section] ?? {})) {
      const version = versions.get(nom);
      if (version === undefined) continue;
      m[section][nom] = `^${version}`;
    }
  }
  if (m.private !== true) {
    if (Array.isArray(m.files) && !m.files.includes("LICENSE")) m.files.push("LICENSE");
    const fichierLicence = join(p.dossier, "LICENSE");
    if (!existsSync(fichierLicence) || readFileSync(fichierLicence, "utf8") !== licence) {
      aChanger.push(relative(racine, fichierLicence));
      if (!verifier) copyFileSync(join(racine, "LICENSE"), fichierLicence);
    }
  }
  const nouveau = `${JSON.stringify(m, null, 2)}\n`;
  if (nouveau !== p.texte) {
    aChanger.push(relative(racine, p.chemin));
    if (!verifier) writeFileSync(p.chemin, nouveau);
  }
}

if (aChanger.length === 0) {
  console.log(`Manifestes à jour (${paquets.length} paquets : plages internes ^version, LICENSE dans chaque paquet public).`);
} else if (verifier) {
  console.error(`Manifestes à remettre en forme (lancer « node scripts/versions-internes.mjs ») :\n  ${aChanger.join("\n  ")}`);
  process.exit(1);
} else {
  console.log(`Fichiers mis à jour (${aChanger.length}) :\n  ${aChanger.join("\n  ")}`);
}
