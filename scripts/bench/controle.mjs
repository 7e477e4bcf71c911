#!/usr/bin/env node
// Banc d'essai de `opco controle` qui ne peut pas mentir (issue 12).
//
// - Temps processeur (`process.cpuUsage`, utilisateur + système) et non temps d'horloge : une
//   machine partagée et chargée ne fausse pas la mesure.
// - Tours entrelacés : à chaque tour, chaque mesure passe une fois sur les mêmes lignes, l'une après
//   l'autre ; on garde le minimum des N tours de chaque mesure (le bruit ne fait qu'ajouter du temps).
// - Référence : `JSON.parse` seul sur les lignes déjà en mémoire, dans le même processus, aux mêmes
//   tours. Chaque rapport `ratioJsonParse` est « temps de la mesure / temps de JSON.parse des mêmes
//   lignes ».
//
// Une ligne JSON par mesure sur la sortie standard :
//   controle.reference          JSON.parse seul (référence)
//   controle.lectureTolerante   lecture tolérante selon le schéma (lireContrat : normalisation + zod)
//   controle.cheminRapide       chemin rapide : validateur compilé au build + vue typée (moteur.lire),
//                               repli sur lireContrat hors standard
//   controle.reglesSynchrones   règles synchrones du registre du contrat sur des contrats déjà lus
//                               (moteur compilé s'il existe, vue déjà construite ; sinon evaluerRegles)
//   controle.rapideEtRegles     chemin rapide + règles synchrones (cible de l'issue 12 : ≤ 2,5× JSON.parse)
//   controle.coeur              JSON.parse + schéma + règles synchrones, par ligne (comme controlerValeur)
//   controle.avantPaiement      12 vérifications avant paiement hors ligne (référentiel embarqué,
//                               consultations mémorisées par clé comme dans `opco controle`)
//   controle.avantPaiementSansMemoire  les mêmes, chaque consultation refaite (référentiel hors ligne nu)
//   controle.avantPaiementSynchrone    les mêmes, sans promesse (evaluerReglesEnMemoire sur les ports en
//                               mémoire, consultations mémorisées par clé : chemin de `opco controle` hors ligne)
//   controle.avantPaiementSynchroneSansMemoire  les mêmes, sans promesse ni mémorisation (référentiel nu)
//   controle.decoupage          octets du fichier → texte → lignes (TextDecoder + sauts de ligne)
//   controle.ecritureResultat   JSON.stringify des résultats réellement publiés par `opco controle --sortie`
//   controle.cliBoutEnBout      `opco controle --referentiel embarque --fils 1` en processus, par enregistrement
//   controle.cliUnFilProcessus  `--fils 1` dans un processus neuf (démarrage, instantané et JIT comptés)
//   controle.cliDeuxFils        `--fils 2` dans un processus neuf, tel qu'un utilisateur le lance (seuil de
//                               8 Mio et taille des morceaux de la CLI : le fichier de 3 000 contrats, 8,8 Mo,
//                               est au-dessus du seuil) ; sous le seuil (BENCH_CONTRATS plus petit), le
//                               parallélisme est forcé par morceaux de 1 Mio et la ligne `controle.deuxFils`
//                               le dit (auDessusDuSeuil: false). Le temps processeur compte tous les fils
//                               (coût total) ; `controle.deuxFils` donne aussi le gain en temps d'horloge
//                               (meilleur tour de chaque mesure), seul sens d'un « gain à deux fils » — à
//                               lire sur une machine à deux cœurs libres (chargeMoyenne1min). Elle donne
//                               aussi, sans dépendre de la charge, le temps processeur par fil (Linux,
//                               /proc/self/task : fil principal, fils de calcul, autres fils — ramasse-
//                               miettes parallèle de V8, libuv), la part du fil principal (fraction série)
//                               et le gain prévu sur deux cœurs libres (travail à un fil / chemin critique
//                               à deux fils : index du lot, série, puis max(reste / 2, reste du fil
//                               principal, fil de calcul le plus chargé)).
//
//
// Puis `controle.plancher` : le budget de l'objectif « 20 000 contrats par seconde de processeur »
// (50 µs par contrat, tout compris) face aux seules étapes qu'aucune conception conforme à l'issue
// n'évite (découpage, un JSON.parse, chemin rapide prescrit au point 1, mise en texte de la sortie),
// et le débit maximal atteignable si règles + schéma tiennent exactement 2,5× (ou 2×) JSON.parse
// et que tout le reste (avant paiement, lot, index, masquage, sortie) ne coûte rien.
//
// Variables : BENCH_CONTRATS (3 000 par défaut ; 1000000 pour la mesure complète), BENCH_TOURS
// (5 par défaut, 1 au-delà de 20 000 contrats), BENCH_CLI=0 pour sauter les mesures bout en bout.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { executerCli, genererContratsDemo } from "@communs-opco/cli";
import { creerPortsPrepaiement, portsPrepaiementEnMemoire, referentielMemorise, registrePrepaiement } from "@communs-opco/referentiels";
import * as regles from "@communs-opco/regles";
import { lireContrat } from "@communs-opco/schemas";

const CONTRATS = Number(process.env.BENCH_CONTRATS ?? 3_000);
const TOURS = Number(process.env.BENCH_TOURS ?? (CONTRATS > 20_000 ? 1 : 5));
const CLI = process.env.BENCH_CLI !== "0";
const DATE = "2025-11-03";
const contexte = { dateEvaluation: DATE };
const journal = (texte) => process.stderr.write(`[controle] ${texte}\n`);

// Jeu de démonstration (graine fixe : conformes, défauts connus, lignes illisibles), en mémoire.
const lignes = [...genererContratsDemo({ nombre: CONTRATS, graine: 2025 })].map((l) => l.texte);
const valeurs = [];
for (const l of lignes) {
  try {
    valeurs.push(JSON.parse(l));
  } catch {
    // ligne volontairement illisible : comptée dans la référence, hors des mesures sur valeurs
  }
}
const octets = lignes.reduce((s, l) => s + Buffer.byteLength(l), 0);
journal(`${lignes.length} lignes (${valeurs.length} objets JSON, ${Math.round(octets / lignes.length)} octets en moyenne), ${TOURS} tour(s)`);

// Moteur compilé (issue 12) s'il est exporté par @communs-opco/regles : gardes compilées sur une vue
// typée, la règle interprétée ne s'exécutant que quand sa garde échoue.
const moteur = typeof regles.creerMoteurControle === "function" ? regles.creerMoteurControle(contexte) : undefined;
const evaluerSynchrones = moteur === undefined ? (c) => regles.evaluerRegles(regles.registreContrat, c, contexte) : (c) => moteur.evaluer(c);
/** Lecture par le chemin rapide du moteur compilé s'il existe, sinon lecture tolérante. */
const lire = moteur?.lire === undefined ? (v) => lireContrat(v) : (v) => moteur.lire(v);
/** Cœur de `opco controle` pour une valeur : lecture (chemin rapide) puis règles synchrones (comme controlerValeur). */
const controler = (v) => {
  const lu = lire(v);
  if (lu.ok && lu.vue !== undefined) return moteur.evaluer(lu.contrat, lu.vue);
  if (lu.ok) return evaluerSynchrones(lu.contrat);
  return typeof v === "object" && v !== null && !Array.isArray(v) ? evaluerSynchrones(v) : undefined;
};
// Règles seules : lecture faite hors mesure (contrats déjà lus).
const lus = valeurs.map((v) => {
  const lu = lire(v);
  return lu.ok ? { contrat: lu.contrat, vue: lu.vue } : { contrat: v, vue: undefined };
});
journal(`${lus.filter((l) => l.vue !== undefined).length} contrats lisibles, dont ${valeurs.filter((v, i) => lus[i].contrat === v && lus[i].vue !== undefined).length} acceptés tels quels par le validateur compilé`);

const ports = await creerPortsPrepaiement("embarque", { environnement: {} });
const registreAvantPaiement = registrePrepaiement({});

const dossier = mkdtempSync(join(tmpdir(), "opco-bench-controle-"));
const fichier = join(dossier, "contrats.jsonl");
writeFileSync(fichier, `${lignes.join("\n")}\n`);
const octetsFichier = statSync(fichier).size;
const octetsEnMemoire = Buffer.from(`${lignes.join("\n")}\n`);
// Résultats réellement publiés (`--sortie`, référentiel embarqué), relus hors mesure : la dernière
// ligne est le résumé, les autres un résultat par enregistrement.
const fichierResultats = join(dossier, "resultats.jsonl");
if ((await executerCli(["controle", fichier, "--date", DATE, "--referentiel", "embarque", "--fils", "1", "--sortie", fichierResultats, "--silencieux"], { ecrire() {}, ecrireErreur() {}, repertoire: dossier, lireEntreeStandard: async () => "", entreeStandardInteractive: false })) > 1) {
  throw new Error("opco controle --sortie a échoué");
}
const resultats = readFileSync(fichierResultats, "utf8").trimEnd().split("\n").slice(0, -1).map((l) => JSON.parse(l));

/** Mesures : nom → fonction (asynchrone ou non) qui traite tout le jeu une fois. */
const mesures = {
  reference() {
    for (const l of lignes) {
      try {
        JSON.parse(l);
      } catch {
        // illisible
      }
    }
  },
  decoupage() {
    const texte = new TextDecoder().decode(octetsEnMemoire);
    let n = 0;
    let debut = 0;
    for (let fin = texte.indexOf("\n"); fin !== -1; fin = texte.indexOf("\n", debut)) {
      if (texte.slice(debut, fin).length > 0) n++;
      debut = fin + 1;
    }
    return n === lignes.length ? undefined : n;
  },
  ecritureResultat() {
    let octets = 0;
    for (const r of resultats) octets += JSON.stringify(r).length;
    return octets > 0 ? undefined : octets;
  },
  lectureTolerante() {
    for (const v of valeurs) lireContrat(v);
  },
  cheminRapide() {
    for (const v of valeurs) lire(v);
  },
  reglesSynchrones() {
    if (moteur === undefined) for (const l of lus) evaluerSynchrones(l.contrat);
    else for (const l of lus) moteur.evaluer(l.contrat, l.vue);
  },
  rapideEtRegles() {
    for (const v of valeurs) controler(v);
  },
  coeur() {
    for (const l of lignes) {
      let v;
      try {
        v = JSON.parse(l);
      } catch {
        continue; // illisible
      }
      controler(v);
    }
  },
  async avantPaiement() {
    // Comme `opco controle` hors ligne : consultations mémorisées par clé, mémoire neuve à chaque passage (une exécution).
    const memorises = { ...ports.ports, referentiel: referentielMemorise(ports.ports.referentiel) };
    for (const v of valeurs) {
      await regles.evaluerReglesAsync(registreAvantPaiement, v, { dateEvaluation: DATE, ports: memorises, mode: "explication" });
    }
  },
  async avantPaiementSansMemoire() {
    for (const v of valeurs) {
      await regles.evaluerReglesAsync(registreAvantPaiement, v, { dateEvaluation: DATE, ports: ports.ports, mode: "explication" });
    }
  },
  avantPaiementSynchrone() {
    // Comme `opco controle` hors ligne : ports en mémoire, consultations mémorisées, mémoire neuve à chaque passage.
    const enMemoire = portsPrepaiementEnMemoire(ports.ports);
    for (const v of valeurs) regles.evaluerReglesEnMemoire(registreAvantPaiement, v, { dateEvaluation: DATE, ports: enMemoire, mode: "explication" });
  },
  avantPaiementSynchroneSansMemoire() {
    const nus = portsPrepaiementEnMemoire(ports.ports, { memoriser: false });
    for (const v of valeurs) regles.evaluerReglesEnMemoire(registreAvantPaiement, v, { dateEvaluation: DATE, ports: nus, mode: "explication" });
  },
};
if (CLI) {
  const cli = async (...options) => {
    const code = await executerCli(["controle", fichier, "--date", DATE, "--referentiel", "embarque", ...options], {
      ecrire() {},
      ecrireErreur() {},
      repertoire: dossier,
      lireEntreeStandard: async () => "",
      entreeStandardInteractive: false,
    });
    if (code !== 0 && code !== 1) throw new Error(`opco controle a rendu le code ${code}`);
  };
  mesures.cliBoutEnBout = () => cli("--fils", "1");
  // Un fil contre deux : chacun dans un processus neuf, comme l'utilisateur lance `opco controle`
  // (chargement des modules, de l'instantané et mise en route du JIT comptés des deux côtés ; dans
  // le processus du banc, le fil principal serait déjà chaud et chaque fil de calcul froid). Le
  // processus enfant rend son propre temps processeur (tous ses fils) à sa sortie.
  const enfant = (...options) => {
    // Temps processeur par fil (Linux : /proc/self/task/<tid>/stat, utime + stime en tops d'horloge
    // de 10 ms), relevé toutes les 50 ms : le fil principal (tid = pid), les fils de calcul (fils nés
    // pendant le contrôle) et les autres (ramasse-miettes en parallèle de V8, libuv), qui existaient avant.
    const code = `import { readdirSync, readFileSync } from "node:fs";
      import { executerCli } from ${JSON.stringify(import.meta.resolve("@communs-opco/cli"))};
      const taches = () => { try { return readdirSync("/proc/self/task"); } catch { return []; } };
      const avant = new Set(taches());
      const cpuTache = new Map();
      const relever = () => { for (const t of taches()) { try { const champs = readFileSync("/proc/self/task/" + t + "/stat", "utf8").split(") ")[1].split(" "); cpuTache.set(t, (Number(champs[11]) + Number(champs[12])) * 10_000); } catch {} } };
      const minuteur = setInterval(relever, 50);
      // Fil principal à la fin de l'index du lot (passe série : les fils de calcul l'attendent) : relevé
      // à la première ligne de progression « Contrôle » (à 100 ms près : progression limitée à 10 par seconde).
      const cpuFilCourant = () => { const champs = readFileSync("/proc/thread-self/stat", "utf8").split(") ")[1].split(" "); return (Number(champs[11]) + Number(champs[12])) * 10_000; };
      let index;
      const ecrireErreurBrute = (t) => { if (index === undefined && t.includes("Contrôle")) index = cpuFilCourant(); };
      const rc = await executerCli(${JSON.stringify(["controle", fichier, "--date", DATE, "--referentiel", "embarque"])}.concat(process.argv.slice(2)), { ecrire() {}, ecrireErreur() {}, ecrireErreurBrute, sortieErreurInteractive: true, colonnesErreur: 100, repertoire: process.cwd(), lireEntreeStandard: async () => "", entreeStandardInteractive: false });
      clearInterval(minuteur);
      relever();
      const u = process.cpuUsage();
      const principal = cpuTache.get(String(process.pid)) ?? 0;
      const travailleurs = [...cpuTache].filter(([t]) => !avant.has(t)).map(([, us]) => us).sort((a, b) => b - a);
      const autres = Math.max(0, u.user + u.system - principal - travailleurs.reduce((s, us) => s + us, 0));
      process.stdout.write(JSON.stringify({ rc, us: u.user + u.system, fils: { principal, index: index ?? 0, travailleurs, autres } }));`;
    // Script dans un fichier (et non `-e`) : les fils de calcul héritent des options de node, et `--input-type` leur est refusé.
    const script = join(dossier, "enfant.mjs");
    writeFileSync(script, code);
    const r = spawnSync(process.execPath, [script, ...options], { cwd: dossier, encoding: "utf8" });
    const sortie = r.status === 0 ? JSON.parse(r.stdout) : undefined;
    if (sortie === undefined || (sortie.rc !== 0 && sortie.rc !== 1)) throw new Error(`opco controle ${options.join(" ")} a échoué : ${r.stderr}`);
    return { cpuUs: sortie.us, fils: sortie.fils };
  };
  // Seuil du contrôle en parallèle de la CLI (SEUIL_PARALLELE, 8 Mio).
  const auDessusDuSeuil = octetsFichier >= 8 * 1024 * 1024;
  if (!auDessusDuSeuil) journal(`fichier sous le seuil de 8 Mio : --fils 2 forcé par morceaux de 1 Mio`);
  mesures.cliUnFilProcessus = () => enfant("--fils", "1");
  mesures.cliDeuxFils = () => enfant("--fils", "2", ...(auDessusDuSeuil ? [] : ["--morceau-octets", String(1 << 20)]));
  mesures.cliDeuxFils.auDessusDuSeuil = auDessusDuSeuil;
}

const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const minimums = Object.fromEntries(Object.keys(mesures).map((n) => [n, Number.POSITIVE_INFINITY]));
const minimumsMur = Object.fromEntries(Object.keys(mesures).map((n) => [n, Number.POSITIVE_INFINITY]));
// Temps processeur par fil du tour au minimum de chaque mesure faite en processus enfant.
const filsDuMinimum = {};
try {
  // Tour de chauffe (JIT), non compté.
  for (const m of Object.values(mesures)) await m();
  for (let t = 0; t < TOURS; t++) {
    for (const [nom, m] of Object.entries(mesures)) {
      globalThis.gc?.();
      const avant = cpu();
      const murAvant = performance.now();
      const rendu = await m();
      // Mesure faite dans un processus enfant : son propre temps processeur.
      const us = rendu?.cpuUs ?? cpu() - avant;
      const mur = performance.now() - murAvant;
      if (us < minimums[nom]) {
        minimums[nom] = us;
        if (rendu?.fils !== undefined) filsDuMinimum[nom] = rendu.fils;
      }
      if (mur < minimumsMur[nom]) minimumsMur[nom] = mur;
    }
    journal(`tour ${t + 1}/${TOURS} : ${Object.entries(minimums).map(([n, us]) => `${n} ${Math.round(us / 1000)} ms`).join(", ")}`);
  }
} finally {
  rmSync(dossier, { recursive: true, force: true });
}

const reference = minimums.reference;
const effectifs = { reference: lignes.length, decoupage: lignes.length, ecritureResultat: resultats.length, lectureTolerante: valeurs.length, cheminRapide: valeurs.length, reglesSynchrones: valeurs.length, rapideEtRegles: valeurs.length, coeur: lignes.length, avantPaiement: valeurs.length, avantPaiementSansMemoire: valeurs.length, avantPaiementSynchrone: valeurs.length, avantPaiementSynchroneSansMemoire: valeurs.length, cliBoutEnBout: lignes.length, cliUnFilProcessus: lignes.length, cliDeuxFils: lignes.length };
for (const [nom, us] of Object.entries(minimums)) {
  const n = effectifs[nom];
  console.log(
    JSON.stringify({
      bench: `controle.${nom}`,
      moteur: moteur === undefined ? "interprete" : "compile",
      enregistrements: n,
      tours: TOURS,
      cpuMinMs: Math.round(us / 100) / 10,
      microsecondesCpuParEnregistrement: Math.round((us / n) * 10) / 10,
      enregistrementsParSecondeCpu: Math.round((n * 1e6) / us),
      ratioJsonParse: Math.round((us / n / (reference / lignes.length)) * 100) / 100,
      murMinMs: Math.round(minimumsMur[nom] * 10) / 10,
    }),
  );
}
/** Temps processeur par fil en millisecondes (principal, fils de calcul, autres fils du processus). */
function msParFil(fils) {
  if (fils === undefined) return null;
  const ms = (us) => Math.round(us / 1000);
  return { principal: ms(fils.principal), principalIndexDuLot: ms(fils.index), travailleurs: fils.travailleurs.map(ms), autres: ms(fils.autres) };
}
/** Gain prévu à deux fils sur deux cœurs libres : travail à un fil / chemin critique à deux fils. */
function gainPrevu() {
  const deux = filsDuMinimum.cliDeuxFils;
  if (deux === undefined || deux.travailleurs.length === 0) return null;
  // L'index du lot (fil principal) précède le contrôle : série ; le reste se répartit sur deux cœurs.
  const critique = deux.index + Math.max((minimums.cliDeuxFils - deux.index) / 2, deux.principal - deux.index, deux.travailleurs[0]);
  return Math.round((minimums.cliUnFilProcessus / critique) * 100) / 100;
}
if (CLI) {
  // Gain à deux fils : temps d'horloge (le seul qui baisse) et surcoût en temps processeur total.
  console.log(
    JSON.stringify({
      bench: "controle.deuxFils",
      enregistrements: lignes.length,
      octets: octetsFichier,
      auDessusDuSeuil: mesures.cliDeuxFils.auDessusDuSeuil,
      tours: TOURS,
      gainMur: Math.round((minimumsMur.cliUnFilProcessus / minimumsMur.cliDeuxFils) * 100) / 100,
      ratioCpu: Math.round((minimums.cliDeuxFils / minimums.cliUnFilProcessus) * 100) / 100,
      // Temps processeur par fil (ms) et gain prévu sur deux cœurs libres : travail total à un fil
      // divisé par le chemin critique à deux fils : index du lot (série, fil principal), puis le plus
      // long de (reste du travail / 2, reste du fil principal, fil de calcul le plus chargé). La part
      // du fil principal est la fraction série.
      cpuParFilMs: { unFil: msParFil(filsDuMinimum.cliUnFilProcessus), deuxFils: msParFil(filsDuMinimum.cliDeuxFils) },
      partFilPrincipal: filsDuMinimum.cliDeuxFils === undefined ? null : Math.round((filsDuMinimum.cliDeuxFils.principal / minimums.cliDeuxFils) * 100) / 100,
      gainPrevu: gainPrevu(),
      coeurs: availableParallelism(),
      chargeMoyenne1min: Math.round(loadavg()[0] * 10) / 10,
    }),
  );
}

// Plancher : budget de 50 µs par contrat (20 000 par seconde de processeur) face aux étapes inévitables.
const parLigne = (nom) => minimums[nom] / effectifs[nom];
const dixieme = (x) => Math.round(x * 10) / 10;
const inevitable = parLigne("reference") + parLigne("decoupage") + parLigne("cheminRapide");
console.log(
  JSON.stringify({
    bench: "controle.plancher",
    objectifContratsParSecondeCpu: 20_000,
    budgetMicrosecondesParContrat: 50,
    // Découpage + un seul JSON.parse + chemin rapide (aucune règle, aucune sortie).
    inevitableMicrosecondes: dixieme(inevitable),
    resteMicrosecondes: dixieme(50 - inevitable),
    resteApresEcritureMicrosecondes: dixieme(50 - inevitable - parLigne("ecritureResultat")),
    // Un JSON.parse, le découpage et règles + schéma exactement à 2,5× (objectif) ou 2× (objectif haut)
    // JSON.parse, tout le reste gratuit : débit maximal par seconde de processeur.
    maximumSiReglesEtSchemaA2_5x: Math.floor(1e6 / (parLigne("reference") * 3.5 + parLigne("decoupage"))),
    maximumSiReglesEtSchemaA2x: Math.floor(1e6 / (parLigne("reference") * 3 + parLigne("decoupage"))),
    // Ratio règles + schéma / JSON.parse qu'exigerait l'objectif de bout en bout, tout le reste gratuit.
    ratioReglesEtSchemaExige: Math.round(((50 - parLigne("reference") - parLigne("decoupage")) / parLigne("reference")) * 100) / 100,
    chargeMoyenne1min: dixieme(loadavg()[0]),
  }),
);
