#!/usr/bin/env node
// `npm run publication:verifier` : prouve de bout en bout qu'une publication fonctionne, sans
// rien envoyer au registre npm public.
//
// 1. compile les paquets publics et les exemples (turbo, cache compris) ;
// 2. copie le dépôt dans un dossier jetable et y lance `changeset version` (versions, CHANGELOG
//    issus des changesets, plages internes réécrites en `^version`), puis vérifie les manifestes
//    obtenus (aucune plage `*`, aucune version 0.0.x, un CHANGELOG par paquet) ;
// 3. démarre un registre local verdaccio sur 127.0.0.1 (stockage et configuration jetables, aucun
//    lien vers le registre public : les paquets @communs-opco/* n'existent que là) et y publie
//    chaque paquet public avec `changeset publish` ;
// 4. crée un projet consommateur neuf dans un dossier temporaire, y installe `@communs-opco/cli`,
//    les six bibliothèques et ce qu'il faut aux exemples depuis ce registre (les autres
//    dépendances viennent du registre npm habituel), puis lance `npx opco --version`,
//    `npx opco identifiant`, un script qui utilise les bibliothèques (ESM et CommonJS) et les
//    exemples compilés du dépôt ;
// 5. arrête verdaccio et supprime les dossiers temporaires (`--garder` les conserve).
//
// Code de sortie : 0 si tout est vérifié, 1 sinon (l'étape en échec et la fin de son journal
// sont affichées).
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, closeSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

const racine = join(dirname(fileURLToPath(import.meta.url)), "..");
const garder = process.argv.includes("--garder");
const PORTEE = "@communs-opco";
/** Ce qu'un intégrateur installe : la CLI et les six bibliothèques du cœur. */
const INSTALLES = ["cli", "identifiants", "nomenclatures", "parametres", "schemas", "regles", "referentiels"].map((n) => `${PORTEE}/${n}`);
// Garde-fou contre une commande bloquée : large, car une machine partagée et chargée peut mettre
// plus de dix minutes à tout compiler sans cache.
const DELAI_COMMANDE_MS = 45 * 60 * 1000;

const temporaire = mkdtempSync(join(tmpdir(), "communs-opco-publication-"));
const journaux = join(temporaire, "journaux");
mkdirSync(journaux);
let verdaccio;
const debut = Date.now();

/** Environnement des commandes lancées : sans les variables `npm_*` héritées de `npm run`. */
function environnement(supplement = {}) {
  const env = {};
  for (const [cle, valeur] of Object.entries(process.env)) {
    if (!/^npm_/i.test(cle)) env[cle] = valeur;
  }
  return { ...env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1", NO_UPDATE_NOTIFIER: "1", FORCE_COLOR: "0", ...supplement };
}

class EchecVerification extends Error {}

function etape(titre) {
  const secondes = ((Date.now() - debut) / 1000).toFixed(0).padStart(4);
  console.log(`[${secondes} s] ${titre}`);
}

/** Lance une commande ; sa sortie va dans un journal, dont la fin est affichée en cas d'échec. */
function lancer(nom, commande, args, { cwd, env = environnement(), sortie = false } = {}) {
  const journal = join(journaux, `${nom}.log`);
  const r = spawnSync(commande, args, { cwd, env, encoding: "utf8", timeout: DELAI_COMMANDE_MS, maxBuffer: 64 * 1024 * 1024 });
  writeFileSync(journal, `$ ${commande} ${args.join(" ")}\n(dans ${cwd})\n\n${r.stdout ?? ""}\n${r.stderr ?? ""}`);
  if (r.error || r.status !== 0) {
    const fin = `${r.stdout ?? ""}\n${r.stderr ?? ""}`.trim().split("\n").slice(-40).join("\n");
    throw new EchecVerification(
      `« ${commande} ${args.join(" ")} » a échoué (${r.error ? r.error.message : `code ${r.status}`}).\n${fin}\n(journal : ${journal})`,
    );
  }
  if (sortie) process.stdout.write(`${r.stdout.trimEnd().replace(/^/gm, "      ")}\n`);
  return r.stdout;
}

function lireJson(chemin) {
  return JSON.parse(readFileSync(chemin, "utf8"));
}

/** Paquets de l'espace de travail : dossier et manifeste (motifs `dossier/*`). */
function paquetsDe(depot) {
  const paquets = [];
  for (const motif of lireJson(join(depot, "package.json")).workspaces) {
    const parent = join(depot, motif.slice(0, -2));
    if (!existsSync(parent)) continue;
    for (const nom of readdirSync(parent).sort()) {
      const manifeste = join(parent, nom, "package.json");
      if (existsSync(manifeste)) paquets.push({ dossier: join(parent, nom), manifeste: lireJson(manifeste) });
    }
  }
  return paquets;
}

/**
 * Requête au registre local, sans réutiliser de connexion (verdaccio ferme les connexions
 * inactives pendant les longues commandes), avec deux nouvelles tentatives sur erreur réseau.
 */
async function requete(url, options = {}) {
  for (let tentative = 1; ; tentative++) {
    try {
      return await fetch(url, { ...options, headers: { ...options.headers, connection: "close" } });
    } catch (erreur) {
      if (tentative >= 3) throw new EchecVerification(`registre local injoignable (${url}) : ${erreur.cause?.code ?? erreur.cause?.message ?? erreur.message}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

function portLibre() {
  return new Promise((resoudre, rejeter) => {
    const serveur = createServer();
    serveur.unref();
    serveur.on("error", rejeter);
    serveur.listen(0, "127.0.0.1", () => {
      const { port } = serveur.address();
      serveur.close(() => resoudre(port));
    });
  });
}

async function attendreRegistre(url, journal) {
  const limite = Date.now() + 90_000;
  while (Date.now() < limite) {
    if (verdaccio.exitCode !== null) break;
    try {
      const reponse = await fetch(`${url}-/ping`, { headers: { connection: "close" } });
      if (reponse.ok) return;
    } catch {
      // pas encore à l'écoute
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  const fin = existsSync(journal) ? readFileSync(journal, "utf8").split("\n").slice(-20).join("\n") : "";
  throw new EchecVerification(`verdaccio ne répond pas sur ${url}.\n${fin}`);
}

function arreterRegistre() {
  if (verdaccio !== undefined && verdaccio.exitCode === null && verdaccio.signalCode === null) verdaccio.kill("SIGTERM");
}

async function verifier() {
  const publics = paquetsDe(racine).filter((p) => p.manifeste.private !== true);
  const exemples = paquetsDe(racine).filter((p) => relative(racine, p.dossier).startsWith(`examples${sep}`));

  etape(`Compilation des ${publics.length} paquets publics et des ${exemples.length} exemples (turbo)`);
  const filtres = [...publics, ...exemples].map((p) => `--filter=${p.manifeste.name}`);
  lancer("compilation", "npx", ["turbo", "run", "build", ...filtres, "--output-logs=errors-only"], { cwd: racine });

  etape("Copie jetable du dépôt et « changeset version »");
  const depot = join(temporaire, "depot");
  const exclus = new Set(["node_modules", ".git", ".turbo", ".vitest", "coverage", "tmp"]);
  cpSync(racine, depot, {
    recursive: true,
    filter: (source) => {
      const chemin = relative(racine, source);
      if (chemin === "") return true;
      if (chemin.split(sep).some((segment) => exclus.has(segment))) return false;
      return !(chemin === join("docs", "api") || /^rapport.*\.html$/.test(chemin));
    },
  });
  // Les outils (changesets et son générateur de CHANGELOG) viennent du dépôt, sans réinstallation.
  symlinkSync(join(racine, "node_modules"), join(depot, "node_modules"), "dir");
  const changeset = join(racine, "node_modules", "@changesets", "cli", "bin.js");
  lancer("changeset-version", process.execPath, [changeset, "version"], { cwd: depot });

  const versions = new Map(paquetsDe(depot).map((p) => [p.manifeste.name, p.manifeste.version]));
  const problemes = [];
  const publiesDepot = paquetsDe(depot).filter((p) => p.manifeste.private !== true);
  for (const { dossier, manifeste } of publiesDepot) {
    if (/^0\.0\./.test(manifeste.version)) problemes.push(`${manifeste.name} ${manifeste.version} : aucune version publiable (il manque un changeset)`);
    for (const section of ["dependencies", "peerDependencies", "optionalDependencies"]) {
      for (const [nom, plage] of Object.entries(manifeste[section] ?? {})) {
        if (!versions.has(nom)) continue;
        if (plage !== `^${versions.get(nom)}`) problemes.push(`${manifeste.name} : ${section}.${nom} = « ${plage} » au lieu de « ^${versions.get(nom)} »`);
      }
    }
    const changelog = join(dossier, "CHANGELOG.md");
    if (!existsSync(changelog) || !readFileSync(changelog, "utf8").includes(`## ${manifeste.version}`)) {
      problemes.push(`${manifeste.name} : CHANGELOG.md sans entrée ${manifeste.version}`);
    }
    if (!existsSync(join(dossier, "LICENSE"))) problemes.push(`${manifeste.name} : fichier LICENSE absent`);
  }
  if (problemes.length > 0) throw new EchecVerification(`Manifestes non publiables après « changeset version » :\n  ${problemes.join("\n  ")}`);
  // La CLI intègre sa version (`opco --version`) à la compilation : comme `npm run publication`
  // compile après `changeset version`, elle est recompilée ici dans la copie.
  const cliDepot = publiesDepot.find((p) => p.manifeste.name === `${PORTEE}/cli`);
  if (cliDepot !== undefined) lancer("compilation-cli", "npx", ["tsup"], { cwd: cliDepot.dossier });
  const resume = [...new Set(publiesDepot.map((p) => p.manifeste.version))].join(", ");
  console.log(`      ${publiesDepot.length} paquets publics en version ${resume}, plages internes ^version, CHANGELOG et LICENSE présents.`);

  etape("Démarrage du registre local verdaccio");
  const port = await portLibre();
  const url = `http://127.0.0.1:${port}/`;
  const registre = join(temporaire, "registre");
  mkdirSync(registre);
  writeFileSync(
    join(registre, "config.yaml"),
    [
      `storage: ${JSON.stringify(join(registre, "stockage"))}`,
      "auth:",
      "  htpasswd:",
      `    file: ${JSON.stringify(join(registre, "htpasswd"))}`,
      "    max_users: 1",
      // Aucun « uplinks » : rien n'est relayé vers le registre public.
      "uplinks: {}",
      "packages:",
      `  '${PORTEE}/*':`,
      "    access: $all",
      "    publish: $authenticated",
      "    unpublish: $authenticated",
      "  '**':",
      "    access: $all",
      "    publish: $authenticated",
      "web:",
      "  enable: false",
      "max_body_size: 200mb",
      "log: { type: stdout, format: pretty, level: warn }",
      "",
    ].join("\n"),
  );
  const journalRegistre = join(journaux, "verdaccio.log");
  const descripteur = openSync(journalRegistre, "w");
  verdaccio = spawn(process.execPath, [join(racine, "node_modules", "verdaccio", "bin", "verdaccio"), "--config", join(registre, "config.yaml"), "--listen", `127.0.0.1:${port}`], {
    cwd: registre,
    env: environnement(),
    stdio: ["ignore", descripteur, descripteur],
  });
  closeSync(descripteur);
  await attendreRegistre(url, journalRegistre);
  const inscription = await requete(`${url}-/user/org.couchdb.user:verification`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "verification", password: `jetable-${process.pid}-${port}` }),
  });
  if (!inscription.ok) throw new EchecVerification(`verdaccio refuse la création du compte de publication (HTTP ${inscription.status}).`);
  const { token } = await inscription.json();
  const hote = url.replace(/^http:/, "");
  // Configuration npm jetable : la portée @communs-opco pointe vers le registre local, et seulement elle.
  const npmrc = join(temporaire, "npmrc");
  writeFileSync(npmrc, `${PORTEE}:registry=${url}\n${hote}:_authToken=${token}\n`);
  const cache = join(temporaire, "cache-npm");
  // changesets ne lit pas .npmrc pour choisir le registre : il le prend de cette variable.
  const envNpm = environnement({ npm_config_userconfig: npmrc, npm_config_cache: cache, npm_config_audit: "false", npm_config_fund: "false", [`npm_config_${PORTEE}:registry`]: url });
  console.log(`      ${url} (stockage jetable, aucun relais vers le registre public pour ${PORTEE}/*)`);

  etape(`Publication des ${publiesDepot.length} paquets publics (« changeset publish »)`);
  lancer("changeset-publish", process.execPath, [changeset, "publish", "--no-git-tag"], { cwd: depot, env: envNpm });
  for (const { manifeste } of publiesDepot) {
    const reponse = await requete(`${url}${manifeste.name.replace("/", "%2f")}`);
    const document = reponse.ok ? await reponse.json() : {};
    if (document.versions?.[manifeste.version] === undefined) throw new EchecVerification(`${manifeste.name}@${manifeste.version} n'est pas dans le registre local.`);
  }

  const aInstaller = new Set(INSTALLES);
  for (const { manifeste } of exemples) for (const nom of Object.keys(manifeste.dependencies ?? {})) if (nom.startsWith(`${PORTEE}/`)) aInstaller.add(nom);
  etape(`Projet consommateur neuf : npm install ${[...aInstaller].join(" ")}`);
  const consommateur = join(temporaire, "consommateur");
  mkdirSync(consommateur);
  writeFileSync(join(consommateur, "package.json"), `${JSON.stringify({ name: "consommateur-communs-opco", private: true, type: "module" }, null, 2)}\n`);
  writeFileSync(join(consommateur, ".npmrc"), `${PORTEE}:registry=${url}\n`);
  lancer("installation", "npm", ["install", "--no-audit", "--no-fund", ...[...aInstaller].map((n) => `${n}@${versions.get(n)}`)], { cwd: consommateur, env: envNpm });

  const installes = readdirSync(join(consommateur, "node_modules", PORTEE));
  for (const nom of installes) {
    const dossier = join(consommateur, "node_modules", PORTEE, nom);
    const manifeste = lireJson(join(dossier, "package.json"));
    if (!existsSync(join(dossier, "LICENSE"))) throw new EchecVerification(`${manifeste.name} installé sans fichier LICENSE.`);
    for (const [dependance, plage] of Object.entries(manifeste.dependencies ?? {})) {
      if (dependance.startsWith(`${PORTEE}/`) && plage === "*") throw new EchecVerification(`${manifeste.name} publié avec la plage « * » pour ${dependance}.`);
    }
  }
  console.log(`      ${installes.length} paquets ${PORTEE} installés depuis le registre local.`);

  etape("npx opco --version et npx opco identifiant");
  const versionAffichee = lancer("opco-version", "npx", ["--no-install", "opco", "--version"], { cwd: consommateur, env: envNpm }).trim();
  if (versionAffichee !== versions.get(`${PORTEE}/cli`)) {
    throw new EchecVerification(`« opco --version » affiche « ${versionAffichee} » au lieu de « ${versions.get(`${PORTEE}/cli`)} ».`);
  }
  console.log(`      opco --version : ${versionAffichee}`);
  lancer("opco-identifiant", "npx", ["--no-install", "opco", "identifiant", "0951099D", "13002526500013"], { cwd: consommateur, env: envNpm, sortie: true });

  etape("Utilisation des bibliothèques installées (ESM et CommonJS)");
  copyFileSync(join(racine, "scripts", "publication", "consommateur.mjs"), join(consommateur, "consommateur.mjs"));
  lancer("consommateur", process.execPath, ["consommateur.mjs"], { cwd: consommateur, env: envNpm, sortie: true });

  for (const { dossier, manifeste } of exemples) {
    const script = manifeste.scripts?.start?.match(/^node (\S+)$/)?.[1];
    if (script === undefined) continue;
    etape(`Exemple ${manifeste.name} (compilé dans le dépôt, exécuté avec les paquets installés)`);
    // Dossier de l'exemple copié sous le projet consommateur (sans node_modules) : ses fichiers
    // annexes (scripts shell, Python…) suivent, et ses imports se résolvent dans les paquets installés.
    const copie = join(consommateur, "exemples", relative(join(racine, "examples"), dossier));
    cpSync(dossier, copie, { recursive: true, filter: (source) => !source.split(sep).includes("node_modules") });
    const sortie = lancer(`exemple-${manifeste.name.split("/")[1]}`, process.execPath, [join(copie, script)], { cwd: copie, env: envNpm });
    console.log(`      ${sortie.trim().split("\n").length} lignes, dont : ${sortie.trim().split("\n")[0]}`);
  }
}

let code = 0;
const interrompre = () => {
  arreterRegistre();
  if (!garder) rmSync(temporaire, { recursive: true, force: true });
  process.exit(130);
};
process.on("SIGINT", interrompre);
process.on("SIGTERM", interrompre);
try {
  await verifier();
  etape("Publication vérifiée de bout en bout.");
} catch (erreur) {
  code = 1;
  console.error(`\nÉchec de la vérification de la publication : ${erreur instanceof EchecVerification ? erreur.message : erreur?.stack ?? String(erreur)}`);
} finally {
  arreterRegistre();
  if (verdaccio !== undefined && verdaccio.exitCode === null && verdaccio.signalCode === null) await new Promise((r) => verdaccio.once("exit", r));
  if (garder) console.log(`Dossiers conservés : ${temporaire}`);
  else rmSync(temporaire, { recursive: true, force: true });
}
process.exit(code);
