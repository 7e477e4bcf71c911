// Banc de pannes du service HTTP (`npm run bench pannes`) : les pannes du point 6 de l'issue 14,
// provoquées **sous charge** (autocannon sur la boucle locale, contrôles unitaires à BENCH_CONNEXIONS
// connexions) contre `opco serveur` lancé comme en production (processus à part, épinglé sur un cœur :
// voir `serviceEpingle.mjs`). Une ligne JSON par scénario, dont les comptes s'additionnent :
// 1. `pannes.deconnexion` : des clients quittent un lot NDJSON en plein flux (avant toute réponse, en
//    cours d'envoi, en cours de réponse) ; le service ne garde aucune requête en cours (jauge
//    `opco_requetes_en_cours` de /metrics revenue à sa valeur de repos), chaque départ a sa ligne de
//    journal, les autres requêtes n'ont aucune erreur ; RSS avant et après (après ramasse-miettes) ;
// 2. `pannes.illisibles` : de gros lots NDJSON où des lignes mal formées sont mêlées aux contrats :
//    lignes envoyées = résultats lisibles + illisibles, aux bonnes positions, le flux va jusqu'au résumé ;
// 3. `pannes.limite` : des corps au-delà de la limite, annoncés (Content-Length) ou découverts en
//    lecture (chunked), en JSON et en NDJSON : tous 413 (pour un lot déjà commencé : une ligne de
//    problème 413 à la fin du flux), puis une requête normale sur la même connexion est servie ;
// 4. `pannes.lent` : des connexions qui n'achèvent jamais leurs en-têtes (un en-tête par seconde, ou
//    rien du tout) sont toutes fermées par le service après son délai d'en-têtes (20 s par défaut,
//    `408`), pendant que les autres requêtes sont servies (leur p99 est imprimé) ;
// 5. `pannes.arret` : SIGTERM pendant la charge et des lots NDJSON : chaque requête a soit sa réponse
//    entière (200 au corps complet, lot complet avec son résumé), soit un refus 503, soit un refus à la
//    connexion ; aucune réponse à moitié écrite, et le service a répondu à toutes les requêtes qu'il a
//    lues (lignes de son journal = réponses reçues par les clients) ; code de sortie 0.
// Les requêtes du banc portent un `X-Request-Id` par scénario : le journal JSON du service (lu sur sa
// sortie standard) dit ce que le service a lui-même traité, à comparer à ce que les clients ont reçu.
// Variables : BENCH_DUREE (secondes de charge par scénario, 8), BENCH_CONNEXIONS (16), BENCH_COEUR (0),
// BENCH_SCENARIOS (deconnexion,illisibles,limite,lent,arret), BENCH_LIMITE_CORPS (262144 octets),
// BENCH_LIMITE_NDJSON (4194304 octets), BENCH_LIGNES_LOT (1000), BENCH_LOTS (4), BENCH_TROP_GROS (8),
// BENCH_LENTS (40), BENCH_MUETTES (10), BENCH_AVANT_ARRET (3 secondes).
import { Agent, request } from "node:http";
import { connect } from "node:net";
import autocannon from "autocannon";
import { genererContratsDemo } from "@communs-opco/cli";
import { contratExemple } from "@communs-opco/schemas";
import { appelTemoin, compterIssues } from "./appelTemoin.mjs";
import { cadre, charge, lancerService, memoire } from "./serviceEpingle.mjs";

const DUREE = Number(process.env.BENCH_DUREE ?? 8);
const CONNEXIONS = Number(process.env.BENCH_CONNEXIONS ?? 16);
const SCENARIOS = new Set((process.env.BENCH_SCENARIOS ?? "deconnexion,illisibles,limite,lent,arret").split(","));
const LIMITE_CORPS = Number(process.env.BENCH_LIMITE_CORPS ?? 256 * 1024);
const LIMITE_NDJSON = Number(process.env.BENCH_LIMITE_NDJSON ?? 4 * 1024 * 1024);
const LIGNES_LOT = Number(process.env.BENCH_LIGNES_LOT ?? 1000);
const LOTS = Number(process.env.BENCH_LOTS ?? 4);
const TROP_GROS = Number(process.env.BENCH_TROP_GROS ?? 8);
const LENTS = Number(process.env.BENCH_LENTS ?? 40);
const MUETTES = Number(process.env.BENCH_MUETTES ?? 10);
const AVANT_ARRET = Number(process.env.BENCH_AVANT_ARRET ?? 3);
/** Délai d'en-têtes de `opco serveur` (valeur de production, `delaiEnTetesMs`, vérifié chaque seconde). */
const DELAI_ENTETES_MS = 20_000;
const DATE = "2025-11-03";
const CONTROLE = `/v1/contrats/controle?date=${DATE}`;
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

const corpsUnitaire = JSON.stringify(contratExemple);
const contrats = [...genererContratsDemo({ nombre: LIGNES_LOT, graine: 2025 })].map((l) => l.texte);
const lot = (n) => Buffer.from(contrats.slice(0, n).map((t) => `${t}\n`).join(""));
/** Découpe des octets en morceaux de `taille` (envoi chunked : les lignes sont coupées d'un morceau à l'autre). */
const decouper = (octets, taille) => Array.from({ length: Math.ceil(octets.byteLength / taille) }, (_, i) => octets.subarray(i * taille, (i + 1) * taille));
const entetesJson = (id) => ({ "content-type": "application/json", "x-request-id": id });
const entetesNdjson = (id) => ({ "content-type": "application/x-ndjson", "x-request-id": id });

// Journal du service : lignes de requête comptées par identifiant de requête puis par statut.
const journal = new Map();
const noterJournal = (ligne) => {
  let l;
  try {
    l = JSON.parse(ligne);
  } catch {
    return;
  }
  if (typeof l.requete !== "string" || typeof l.statut !== "number") return;
  let parStatut = journal.get(l.requete);
  if (parStatut === undefined) journal.set(l.requete, (parStatut = {}));
  parStatut[l.statut] = (parStatut[l.statut] ?? 0) + 1;
};
/** Lignes de journal des requêtes dont l'identifiant commence par `prefixe` : total et par statut. */
function journalDe(prefixe) {
  const parStatut = {};
  let total = 0;
  for (const [id, statuts] of journal) {
    if (!id.startsWith(prefixe)) continue;
    for (const [s, n] of Object.entries(statuts)) {
      parStatut[s] = (parStatut[s] ?? 0) + n;
      total += n;
    }
  }
  return { total, parStatut };
}
/** Le journal du service est vidé au moins chaque seconde (`periodicFlush`) : attendre un peu plus. */
const attendreJournal = () => pause(1_500);

/** Un corps de contrôle unitaire est un résultat (`statut`) ou, pendant l'arrêt, un problème 503. */
function corpsAttendu(corps) {
  try {
    const v = JSON.parse(corps);
    return typeof v.statut === "string" || v.status === 503;
  } catch {
    return false;
  }
}

/** Charge de fond : contrôles unitaires (JSON) à CONNEXIONS connexions, identifiant `id`. */
function lancerCharge(url, id, suite = {}) {
  const instance = autocannon({ url: `${url}${CONTROLE}`, method: "POST", headers: entetesJson(id), body: corpsUnitaire, connections: CONNEXIONS, verifyBody: corpsAttendu, ...suite });
  const erreursParCode = {};
  instance.on("reqError", (e) => {
    const code = e.code ?? e.message;
    erreursParCode[code] = (erreursParCode[code] ?? 0) + 1;
  });
  return { instance, erreursParCode };
}
/** Ce que la charge de fond a obtenu : débit, latences, erreurs, réponses non 2xx, corps inattendus. */
function resumeCharge(r, erreursParCode) {
  return {
    requetes: r.requests.total,
    requetesParSeconde: Math.round(r.requests.average),
    latenceP50Ms: r.latency.p50,
    latenceP99Ms: r.latency.p99,
    erreurs: r.errors,
    erreursParCode,
    non2xx: r.non2xx,
    corpsInattendus: r.mismatches,
  };
}

/** Requêtes en cours selon le service (`opco_requetes_en_cours` de /metrics, la requête /metrics comprise). */
async function enCours(url) {
  const texte = await (await fetch(`${url}/metrics`)).text();
  return Number(/^opco_requetes_en_cours (\d+)/m.exec(texte)?.[1] ?? Number.NaN);
}

/** Répète `appel` tant que `continuer()` est vrai ; rend les résultats. */
async function boucle(continuer, appel) {
  const resultats = [];
  for (let i = 0; continuer(); i++) resultats.push(await appel(i));
  return resultats;
}

// 1. Client parti au milieu d'un lot NDJSON.
/**
 * Un client envoie un lot puis part : `avantReponse` (un tiers du corps envoyé, départ 30 ms plus tard),
 * `pendantEnvoi` (un tiers du corps, jamais terminé, départ à la première ligne reçue),
 * `pendantReponse` (corps entier, départ à la première ligne reçue).
 */
function partirEnCours(url, id, maniere, octets) {
  return new Promise((resoudre) => {
    let recus = 0;
    let parti = false;
    const r = request(`${url}${CONTROLE}`, { method: "POST", agent: false, headers: entetesNdjson(id) }, (reponse) => {
      reponse.on("data", (m) => {
        recus += m.byteLength;
        if (maniere !== "avantReponse") partir();
      });
      reponse.on("error", () => undefined);
      reponse.on("end", () => partir());
    });
    const partir = () => {
      if (parti) return;
      parti = true;
      r.destroy();
      resoudre({ maniere, recus });
    };
    r.on("error", () => partir());
    if (maniere === "pendantReponse") r.end(octets);
    else r.write(octets.subarray(0, Math.floor(octets.byteLength / 3)));
    // Filet : un client qui n'a rien reçu part quand même (2 s), sans attendre la fin de la charge.
    setTimeout(partir, maniere === "avantReponse" ? 30 : 2_000).unref();
  });
}

async function scenarioDeconnexion(service) {
  const { enfant, url } = service;
  const octets = lot(300);
  const manieres = ["avantReponse", "pendantEnvoi", "pendantReponse"];
  const memoireAvant = await memoire(enfant);
  const enCoursAuRepos = await enCours(url);
  const chargeAvant = charge();
  const departs = [];
  const tours = [];
  let r;
  let erreursParCode;
  let enCoursApres;
  let msRetourAuRepos = 0;
  // Deux tours identiques : la mémoire après le second dit si la première hausse était une fuite
  // (elle croîtrait encore) ou le plafond atteint par les tampons des lots (elle reste stable).
  for (let tour = 0; tour < 2; tour++) {
    const lancee = lancerCharge(url, "pannes-deconnexion-charge", { duration: DUREE / 2 });
    let actif = true;
    const fin = lancee.instance.then((resultat) => {
      actif = false;
      return resultat;
    });
    // Deux clients à la fois partent en cours de lot, tant que la charge dure.
    departs.push(...(await Promise.all([0, 1].map((n) => boucle(() => actif, (i) => partirEnCours(url, `pannes-deconnexion-d-${tour}-${n}-${i}`, manieres[(i + n) % 3], octets))))).flat());
    const resultat = await fin;
    // Les deux tours de charge réunis : requêtes, erreurs, non 2xx, corps inattendus additionnés ; latences et débit du dernier tour.
    r = r === undefined ? resultat : { ...resultat, requests: { ...resultat.requests, total: r.requests.total + resultat.requests.total }, errors: r.errors + resultat.errors, non2xx: r.non2xx + resultat.non2xx, mismatches: r.mismatches + resultat.mismatches };
    erreursParCode = { ...erreursParCode, ...lancee.erreursParCode };
    // Retour au repos : la jauge des requêtes en cours revient à sa valeur de repos (la requête /metrics seule).
    const debutRetour = performance.now();
    enCoursApres = await enCours(url);
    while (enCoursApres !== enCoursAuRepos && performance.now() - debutRetour < 15_000) {
      await pause(50);
      enCoursApres = await enCours(url);
    }
    msRetourAuRepos = Math.max(msRetourAuRepos, Math.round(performance.now() - debutRetour));
    tours.push({ deconnexions: departs.length, enCoursApres, ...(await memoire(enfant)) });
  }
  await attendreJournal();
  const parManiere = {};
  for (const d of departs) parManiere[d.maniere] = (parManiere[d.maniere] ?? 0) + 1;
  const journalDeparts = journalDe("pannes-deconnexion-d-");
  console.log(
    JSON.stringify({
      bench: "pannes.deconnexion",
      connexions: CONNEXIONS,
      dureeS: DUREE,
      deconnexions: departs.length,
      parManiere,
      // Requêtes de lot que le service a journalisées (499 : abandonnées par le client) ; un client parti
      // avant que le service ait lu ses en-têtes n'en laisse aucune (sansLigneDeJournal).
      journalDeconnexions: journalDeparts,
      sansLigneDeJournal: departs.length - journalDeparts.total,
      enCoursAuRepos,
      enCoursApres,
      msRetourAuRepos,
      charge: resumeCharge(r, erreursParCode),
      rssAvantMo: memoireAvant.rssMo,
      tasAvantMo: memoireAvant.tasMo,
      // Après chaque tour (ramasse-miettes forcé) : déconnexions cumulées, requêtes en cours, RSS et tas vivant.
      tours,
      chargeMachine: [chargeAvant, charge()],
      ...cadre,
    }),
  );
}

// 2. Lignes mal formées dans de gros lots.
/** Lignes mal formées, tour à tour : contrat tronqué, texte, octets non UTF-8, caractères de contrôle. */
const malFormees = [(i) => Buffer.from(contrats[i].slice(0, Math.floor(contrats[i].length / 2))), () => Buffer.from("ceci n'est pas du JSON"), () => Buffer.from([0xff, 0xfe, 0x7b, 0x22, 0x63, 0x22, 0x3a]), () => Buffer.from('{"contrat": "\u0001\u0002')];
/** Vrai si le texte est un objet JSON (le jeu de démonstration contient aussi des lignes illisibles, exprès). */
function estObjetJson(texte) {
  try {
    const v = JSON.parse(texte);
    return typeof v === "object" && v !== null && !Array.isArray(v);
  } catch {
    return false;
  }
}
/**
 * Un lot de LIGNES_LOT contrats de démonstration dont une ligne sur `pas` est remplacée par une ligne mal
 * formée ; rend ses octets, les positions attendues illisibles (celles du banc et celles, exprès, du jeu
 * de démonstration) et le nombre de lignes mal formées par le banc.
 */
function lotAvecIllisibles(pas) {
  const lignes = [];
  const positions = new Set();
  let malFormeesParLeBanc = 0;
  for (let i = 0; i < LIGNES_LOT; i++) {
    if (i % pas === pas - 1) {
      positions.add(i + 1);
      malFormeesParLeBanc++;
      lignes.push(malFormees[malFormeesParLeBanc % malFormees.length](i));
    } else {
      lignes.push(Buffer.from(contrats[i]));
      if (!estObjetJson(contrats[i])) positions.add(i + 1);
    }
    lignes.push(Buffer.from("\n"));
  }
  return { octets: Buffer.concat(lignes), positions, malFormeesParLeBanc };
}

/** Vérifie la réponse d'un lot : une ligne de résultat par ligne envoyée, dans l'ordre, puis le résumé. */
function verifierLot(issue, lignesEnvoyees, positions) {
  if (issue.issue !== "reponse" || issue.statut !== 200) return { complet: false, resultats: 0, illisibles: 0, positionsExactes: false, resume: null };
  const lignes = issue.corps.trimEnd().split("\n").map((l) => JSON.parse(l));
  const dernier = lignes.at(-1);
  const resultats = lignes.slice(0, -1);
  let positionsExactes = resultats.length === lignesEnvoyees;
  let illisibles = 0;
  resultats.forEach((r, i) => {
    if (r.statut === "illisible") illisibles++;
    if (r.source?.ligne !== i + 1 || (r.statut === "illisible") !== positions.has(i + 1)) positionsExactes = false;
  });
  return { complet: dernier?.resume !== undefined, resultats: resultats.length - illisibles, illisibles, positionsExactes, resume: dernier?.resume ?? null };
}

async function scenarioIllisibles(service) {
  const { url } = service;
  const { octets, positions, malFormeesParLeBanc } = lotAvecIllisibles(25);
  const chargeAvant = charge();
  const { instance, erreursParCode } = lancerCharge(url, "pannes-illisibles-charge", { duration: DUREE });
  const debut = performance.now();
  // Les lots partent deux à deux, en morceaux de 64 Kio (des lignes coupées d'un morceau à l'autre).
  const issues = [];
  for (let i = 0; i < LOTS; i += 2) {
    const paire = Array.from({ length: Math.min(2, LOTS - i) }, (_, j) => appelTemoin(`${url}${CONTROLE}`, { entetes: entetesNdjson(`pannes-illisibles-${i + j}`), morceaux: decouper(octets, 64 * 1024) }));
    issues.push(...(await Promise.all(paire)));
  }
  const dureeLots = (performance.now() - debut) / 1000;
  const r = await instance;
  const verifies = issues.map((i) => verifierLot(i, LIGNES_LOT, positions));
  const somme = (cle) => verifies.reduce((s, v) => s + v[cle], 0);
  const resultats = somme("resultats");
  const illisibles = somme("illisibles");
  const lignesEnvoyees = LOTS * LIGNES_LOT;
  console.log(
    JSON.stringify({
      bench: "pannes.illisibles",
      connexions: CONNEXIONS,
      lots: LOTS,
      lignesParLot: LIGNES_LOT,
      lignesEnvoyees,
      // Lignes attendues illisibles : mal formées par le banc, et celles que le jeu de démonstration contient exprès.
      illisiblesAttendues: LOTS * positions.size,
      dontMalFormeesParLeBanc: LOTS * malFormeesParLeBanc,
      resultatsLisibles: resultats,
      illisibles,
      // lignes envoyées = résultats lisibles + illisibles
      comptesEgaux: lignesEnvoyees === resultats + illisibles && illisibles === LOTS * positions.size,
      lotsAvecResume: verifies.filter((v) => v.complet).length,
      resumesTotal: verifies.reduce((s, v) => s + (v.resume?.total ?? 0), 0),
      resumesIllisibles: verifies.reduce((s, v) => s + (v.resume?.illisibles ?? 0), 0),
      // Chaque résultat à sa ligne (source.ligne), et les illisibles exactement aux lignes mal formées.
      positionsExactes: verifies.every((v) => v.positionsExactes),
      issuesLots: compterIssues(issues),
      lignesParSecondeSousCharge: Math.round(lignesEnvoyees / dureeLots),
      charge: resumeCharge(r, erreursParCode),
      chargeMachine: [chargeAvant, charge()],
      ...cadre,
    }),
  );
}

// 3. Corps au-delà de la limite.
/** Un JSON d'exactement `taille` octets. */
const jsonDeTaille = (taille) => Buffer.from(`{"bourrage":"${"a".repeat(taille - 15)}"}`);

/** Vérifie qu'une réponse est un problème 413 (problem+json), ou un lot terminé par une ligne de problème 413. */
function est413(issue) {
  if (issue.issue !== "reponse") return false;
  if (issue.statut === 413) return issue.type.includes("application/problem+json") && JSON.parse(issue.corps).status === 413;
  if (issue.statut !== 200 || !issue.type.includes("application/x-ndjson")) return false;
  return JSON.parse(issue.corps.trimEnd().split("\n").at(-1)).probleme?.status === 413;
}

async function scenarioLimite(service) {
  const { url } = service;
  const jsonTropGros = jsonDeTaille(LIMITE_CORPS + 1);
  const ndjsonTropGros = lot(LIGNES_LOT);
  // Lot au-delà de la limite NDJSON : des contrats répétés jusqu'à la dépasser.
  const lotTropGros = Buffer.concat(Array.from({ length: Math.ceil((LIMITE_NDJSON + 1) / ndjsonTropGros.byteLength) }, () => ndjsonTropGros));
  const sortes = {
    jsonAnnonce: { entetes: (id) => entetesJson(id), corps: jsonTropGros },
    jsonMorceaux: { entetes: (id) => entetesJson(id), morceaux: decouper(jsonTropGros, 16 * 1024) },
    ndjsonAnnonce: { entetes: (id) => entetesNdjson(id), corps: lotTropGros },
    ndjsonMorceaux: { entetes: (id) => entetesNdjson(id), morceaux: decouper(lotTropGros, 64 * 1024), nombre: Math.max(1, Math.round(TROP_GROS / 4)) },
  };
  const chargeAvant = charge();
  const { instance, erreursParCode } = lancerCharge(url, "pannes-limite-charge", { duration: DUREE });
  const parSorte = {};
  await Promise.all(
    Object.entries(sortes).map(async ([sorte, { entetes, corps, morceaux, nombre = TROP_GROS }]) => {
      // Une connexion gardée ouverte par sorte : après chaque 413, une requête normale la réutilise-t-elle ?
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      const bilan = { envoyes: 0, refus413: 0, autres: {}, suivantes: {}, suivantesSurLaMemeConnexion: 0, serviesSurUneNouvelleConnexion: 0 };
      for (let i = 0; i < nombre; i++) {
        const issue = await appelTemoin(`${url}${CONTROLE}`, { entetes: entetes(`pannes-limite-${sorte}-${i}`), agent, ...(corps === undefined ? { morceaux } : { corps }) });
        bilan.envoyes++;
        if (est413(issue)) bilan.refus413++;
        else {
          const cle = issue.issue === "reponse" ? `reponse${issue.statut}` : issue.issue;
          bilan.autres[cle] = (bilan.autres[cle] ?? 0) + 1;
        }
        const suivante = await appelTemoin(`${url}${CONTROLE}`, { entetes: entetesJson(`pannes-limite-suivante-${sorte}-${i}`), agent, corps: corpsUnitaire });
        const classe = suivante.issue === "reponse" && suivante.statut === 200 && corpsAttendu(suivante.corps) ? "reponse200" : suivante.issue === "reponse" ? `reponse${suivante.statut}` : suivante.issue;
        bilan.suivantes[classe] = (bilan.suivantes[classe] ?? 0) + 1;
        if (suivante.reutilisee === true) bilan.suivantesSurLaMemeConnexion++;
        // Connexion fermée par le service après le refus : la requête suivante part sur une connexion neuve.
        if (classe !== "reponse200") {
          const nouvelle = await appelTemoin(`${url}${CONTROLE}`, { entetes: entetesJson(`pannes-limite-nouvelle-${sorte}-${i}`), agent, corps: corpsUnitaire });
          if (nouvelle.issue === "reponse" && nouvelle.statut === 200) bilan.serviesSurUneNouvelleConnexion++;
        }
      }
      agent.destroy();
      parSorte[sorte] = bilan;
    }),
  );
  const r = await instance;
  const total = (cle) => Object.values(parSorte).reduce((s, b) => s + b[cle], 0);
  console.log(
    JSON.stringify({
      bench: "pannes.limite",
      connexions: CONNEXIONS,
      limiteCorpsOctets: LIMITE_CORPS,
      limiteNdjsonOctets: LIMITE_NDJSON,
      tropGros: total("envoyes"),
      refus413: total("refus413"),
      // Après chaque refus, une requête normale par le même client (agent keep-alive) : servie (200), sur la
      // même connexion ou une neuve ; « coupeeSansReponse » : le service a fermé la connexion après le
      // refus et la requête y était déjà partie (elle est alors refaite sur une connexion neuve).
      requetesSuivantes: total("envoyes"),
      requetesSuivantes200: Object.values(parSorte).reduce((s, b) => s + (b.suivantes.reponse200 ?? 0), 0),
      dontSurLaMemeConnexion: total("suivantesSurLaMemeConnexion"),
      refaitesSurUneNouvelleConnexion200: total("serviesSurUneNouvelleConnexion"),
      parSorte,
      charge: resumeCharge(r, erreursParCode),
      chargeMachine: [chargeAvant, charge()],
      ...cadre,
    }),
  );
}

// 4. Clients lents (slow-loris).
/** Connexion qui n'achève jamais ses en-têtes : `goutte` en envoie un par seconde, `muette` n'envoie rien. */
function connexionLente(port, maniere) {
  return new Promise((resoudre) => {
    const debut = performance.now();
    let recu = "";
    let goutte;
    let abandonnee = false;
    const socket = connect(port, "127.0.0.1", () => {
      if (maniere !== "goutte") return;
      socket.write(`POST ${CONTROLE} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n`);
      let n = 0;
      goutte = setInterval(() => socket.write(`X-Goutte-${n++}: 1\r\n`), 1_000);
    });
    socket.on("data", (m) => (recu += m.toString("latin1")));
    socket.on("error", () => undefined);
    socket.on("close", () => {
      clearInterval(goutte);
      resoudre({ maniere, fermeeParLeService: !abandonnee, ms: Math.round(performance.now() - debut), statut: /^HTTP\/1\.1 (\d{3})/.exec(recu)?.[1] ?? null });
    });
    // Filet : au-delà du délai d'en-têtes et d'une marge, le banc ferme lui-même (compté comme restée ouverte).
    setTimeout(() => {
      abandonnee = true;
      socket.destroy();
    }, DELAI_ENTETES_MS + 10_000).unref();
  });
}

async function scenarioLent(service) {
  const { url } = service;
  const port = Number(new URL(url).port);
  const chargeAvant = charge();
  const { instance, erreursParCode } = lancerCharge(url, "pannes-lent-charge", { duration: DELAI_ENTETES_MS / 1000 + 15 });
  const connexions = await Promise.all([...Array.from({ length: LENTS }, () => connexionLente(port, "goutte")), ...Array.from({ length: MUETTES }, () => connexionLente(port, "muette"))]);
  instance.stop();
  const r = await instance;
  const fermees = connexions.filter((c) => c.fermeeParLeService);
  const statuts = {};
  for (const c of connexions) statuts[c.statut ?? "aucun"] = (statuts[c.statut ?? "aucun"] ?? 0) + 1;
  console.log(
    JSON.stringify({
      bench: "pannes.lent",
      connexions: CONNEXIONS,
      connexionsLentes: LENTS,
      connexionsMuettes: MUETTES,
      delaiEntetesMs: DELAI_ENTETES_MS,
      fermeesParLeService: fermees.length,
      resteesOuvertes: connexions.length - fermees.length,
      statutsRecus: statuts,
      fermetureMsMin: Math.min(...fermees.map((c) => c.ms)),
      fermetureMsMax: Math.max(...fermees.map((c) => c.ms)),
      // Les autres requêtes pendant ce temps (p99 à comparer aux mesures sans clients lents).
      charge: resumeCharge(r, erreursParCode),
      chargeMachine: [chargeAvant, charge()],
      ...cadre,
    }),
  );
}

// 5. SIGTERM sous charge.
/** Vérifie une issue de témoin : 200 au corps complet, 503 problem+json, ou refus à la connexion. */
function classerTemoin(issue, lignesLot) {
  if (issue.issue !== "reponse") return issue.issue;
  if (issue.statut === 503) return issue.type.includes("application/problem+json") && JSON.parse(issue.corps).status === 503 ? "refus503" : "reponseInattendue";
  if (issue.statut !== 200) return "reponseInattendue";
  try {
    if (lignesLot === undefined) return typeof JSON.parse(issue.corps).statut === "string" ? "complete200" : "reponseInattendue";
    const lignes = issue.corps.trimEnd().split("\n").map((l) => JSON.parse(l));
    return lignes.length === lignesLot + 1 && lignes.at(-1).resume?.total === lignesLot ? "complete200" : "lotIncomplet";
  } catch {
    return "corpsIllisible";
  }
}

async function scenarioArret() {
  const { enfant, url } = await lancerService(["--debit", "100000000/60", "--limite-corps", String(LIMITE_CORPS), "--limite-ndjson", String(LIMITE_NDJSON)], noterJournal);
  const fin = new Promise((resoudre) => enfant.once("exit", (code, signal) => resoudre({ code, signal, instant: performance.now() })));
  const journalFerme = new Promise((resoudre) => enfant.stdout.once("end", resoudre));
  let sorti = false;
  void fin.then(() => (sorti = true));
  const lignesLot = 200;
  const octetsLot = lot(lignesLot);
  const chargeAvant = charge();
  const { instance, erreursParCode } = lancerCharge(url, "pannes-arret-charge", { duration: 60 });
  // Témoins : deux boucles de contrôles unitaires et deux de lots, chacune sur sa connexion keep-alive,
  // jusqu'au premier refus à la connexion après la sortie du service.
  let dernierRefus = false;
  const temoin = (n, ndjson) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    let refusee = false;
    return boucle(
      () => !refusee && !(sorti && dernierRefus),
      async (i) => {
        const issue = await appelTemoin(`${url}${CONTROLE}`, ndjson ? { entetes: entetesNdjson(`pannes-arret-temoin-${n}-${i}`), agent, corps: octetsLot } : { entetes: entetesJson(`pannes-arret-temoin-${n}-${i}`), agent, corps: corpsUnitaire });
        if (issue.issue === "refusee") refusee = dernierRefus = sorti;
        return { ndjson, classe: classerTemoin(issue, ndjson ? lignesLot : undefined) };
      },
    );
  };
  const temoins = Promise.all([temoin(0, false), temoin(1, false), temoin(2, true), temoin(3, true)]);
  await pause(AVANT_ARRET * 1000);
  const memoireAvant = await memoire(enfant);
  const signal = performance.now();
  enfant.kill("SIGTERM");
  const sortie = await fin;
  instance.stop();
  const r = await instance;
  dernierRefus = true;
  const issuesTemoins = (await temoins).flat();
  await journalFerme;
  const classes = {};
  for (const t of issuesTemoins) classes[t.classe] = (classes[t.classe] ?? 0) + 1;
  const reponsesTemoins = (classes.complete200 ?? 0) + (classes.refus503 ?? 0) + (classes.reponseInattendue ?? 0) + (classes.lotIncomplet ?? 0) + (classes.corpsIllisible ?? 0);
  const journalCharge = journalDe("pannes-arret-charge");
  const journalTemoins = journalDe("pannes-arret-temoin-");
  const statutsCharge = Object.fromEntries(Object.entries(r.statusCodeStats).map(([s, v]) => [s, v.count]));
  const autresStatutsCharge = Object.keys(statutsCharge).filter((s) => s !== "200" && s !== "503");
  // Requêtes envoyées par autocannon sans issue comptée. autocannon ne tient pas compte de
  // `Connection: close` : après chaque 503 d'arrêt, il écrit encore sa requête suivante sur la connexion
  // que le service ferme, puis la perd sans la compter ni en erreur ni en réponse (une par 503) ; s'y
  // ajoute au plus une tentative par connexion, en cours quand le banc s'arrête après la sortie du service.
  // Le service, lui, n'a lu aucune de ces requêtes : son journal compte exactement les réponses reçues.
  const sansIssue = r.requests.sent - r.requests.total - r.errors;
  const sansIssuePermises = (statutsCharge["503"] ?? 0) + CONNEXIONS;
  const resteCharge = Object.entries(erreursParCode).filter(([code]) => code !== "ECONNREFUSED" && code !== "ECONNRESET");
  console.log(
    JSON.stringify({
      bench: "pannes.arret",
      connexions: CONNEXIONS,
      codeSortie: sortie.code,
      signalSortie: sortie.signal,
      msDuSignalALaSortie: Math.round(sortie.instant - signal),
      charge: {
        ...resumeCharge(r, erreursParCode),
        statuts: statutsCharge,
        envoyeesSansIssue: sansIssue,
        envoyeesSansIssuePermises: sansIssuePermises,
      },
      // Le service a répondu (200 ou 503) à chaque requête qu'il a lue : autant de lignes dans son journal
      // que de réponses reçues entières par les clients.
      journalCharge,
      // coupeeSansReponse : connexion fermée par le service sans qu'il ait lu la requête (acceptée par le
      // noyau au moment où l'écoute se ferme) ; refusee : connexion refusée après la fermeture de l'écoute.
      temoins: { appels: issuesTemoins.length, lots: issuesTemoins.filter((t) => t.ndjson).length, ...classes },
      journalTemoins,
      reponsesEgalesAuJournal: journalCharge.total === r.requests.total && journalTemoins.total === reponsesTemoins,
      // Verdict : aucune réponse à moitié écrite (témoins coupés en cours, lots incomplets, corps illisibles
      // ou inattendus, statuts autres que 200/503, erreurs autres que refus/réinitialisation avant lecture).
      aucunePerdueNiCoupee:
        sortie.code === 0 &&
        journalCharge.total === r.requests.total &&
        journalTemoins.total === reponsesTemoins &&
        r.mismatches === 0 &&
        autresStatutsCharge.length === 0 &&
        resteCharge.length === 0 &&
        sansIssue <= sansIssuePermises &&
        !classes.coupeeEnCours &&
        !classes.lotIncomplet &&
        !classes.corpsIllisible &&
        !classes.reponseInattendue,
      rssAvantArretMo: memoireAvant.rssMo,
      chargeMachine: [chargeAvant, charge()],
      ...cadre,
    }),
  );
}

const avecService = ["deconnexion", "illisibles", "limite", "lent"].filter((s) => SCENARIOS.has(s));
if (avecService.length > 0) {
  const service = await lancerService(["--debit", "100000000/60", "--limite-corps", String(LIMITE_CORPS), "--limite-ndjson", String(LIMITE_NDJSON)], noterJournal);
  try {
    // Chauffe : compilation à la volée des règles et des chemins chauds.
    await lancerCharge(service.url, "pannes-chauffe", { duration: 2 }).instance;
    if (SCENARIOS.has("deconnexion")) await scenarioDeconnexion(service);
    if (SCENARIOS.has("illisibles")) await scenarioIllisibles(service);
    if (SCENARIOS.has("limite")) await scenarioLimite(service);
    if (SCENARIOS.has("lent")) await scenarioLent(service);
  } finally {
    service.enfant.kill("SIGTERM");
  }
}
if (SCENARIOS.has("arret")) await scenarioArret();
