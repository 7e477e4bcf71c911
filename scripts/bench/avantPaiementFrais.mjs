#!/usr/bin/env node
// Vérifications avant paiement hors ligne et règles du lot sur des contrats vus **une seule fois**
// (issue 12, point 3). La ligne `controle.avantPaiementSynchrone` de `controle.mjs` repasse les mêmes
// 3 000 objets à chaque tour : les mémoires des consultations (par SIRET, RNCP, IDCC…) et les caches
// du processeur y retiennent d'un tour à l'autre ce qu'un vrai fichier ne répète pas, ce qui flatte
// la mesure (≈ 74 µs contre ≈ 137 µs dans la CLI sur 20 000 contrats). Ici, chaque tour lit une
// tranche neuve du jeu de démonstration (graine fixe), avec des ports en mémoire neufs (mémoires des
// consultations vides, comme au début d'une exécution de `opco controle`) ; la référence est
// `JSON.parse` de la même tranche, au même tour. Temps processeur, minimum des tours, mesures
// entrelacées à chaque tour.
//
// Une ligne JSON par mesure :
//   controle.referenceFrais          JSON.parse seul de la tranche (référence)
//   controle.avantPaiementFrais      12 vérifications avant paiement, embarqué, sans promesse
//                                    (evaluerReglesEnMemoire, mode explication, comme `opco controle`)
//   controle.reglesDuLotFrais        les 4 règles du lot (portefeuille des maîtres, contrats successifs)
//                                    par evaluerReglesAsync, comme `opco controle` avant le point 3
//   controle.reglesDuLotEnMemoire    les mêmes sans promesse (evaluerReglesEnMemoire), quand elles sont
//                                    écrites en étapes (absente sinon)
// Les ports du lot sont ceux d'un index en mémoire construit sur la tranche hors mesure (même forme
// que `IndexLot.portsPour` de la CLI : portefeuille par identité du maître, contrats précédents par
// numéro), le même pour les deux évaluations.
//
// Un tour de chauffe (JIT), sur une tranche à part, n'est pas compté.
// Variables : BENCH_CONTRATS (4 000 par tour), BENCH_TOURS (5), soit 20 000 contrats distincts mesurés.
import { genererContratsDemo } from "@communs-opco/cli";
import { creerPortsPrepaiement, portsPrepaiementEnMemoire, registrePrepaiement } from "@communs-opco/referentiels";
import { estEvaluableEnMemoire, evaluerReglesAsync, evaluerReglesEnMemoire, Lecture, registreContrat } from "@communs-opco/regles";
import { lireContrat } from "@communs-opco/schemas";

const CONTRATS = Number(process.env.BENCH_CONTRATS ?? 4_000);
const TOURS = Number(process.env.BENCH_TOURS ?? 5);
const DATE = "2025-11-03";
const toutes = [...genererContratsDemo({ nombre: CONTRATS * (TOURS + 1), graine: 2025 })].map((l) => l.texte);
const { ports } = await creerPortsPrepaiement("embarque", { environnement: {} });
const registre = registrePrepaiement({});

// Les 4 règles du lot, choisies comme `reglesDuLot` de la CLI.
const PORTS_DU_LOT = new Set(["historique", "portefeuille"]);
const reglesDuLot = registreContrat.regles.filter(
  (r) => r.nature === "asynchrone" && r.ports.every((p) => PORTS_DU_LOT.has(p)) && [...r.ports, ...(r.portsFacultatifs ?? [])].some((p) => PORTS_DU_LOT.has(p)),
);
const lotEnMemoire = estEvaluableEnMemoire(reglesDuLot);

/** Index en mémoire d'une tranche : maîtres → contrats encadrés (rang, début, fin), numéros → contrats. */
function indexer(contrats) {
  const maitres = new Map();
  const precedents = new Map();
  contrats.forEach((c, rang) => {
    const l = new Lecture(c);
    const numero = l.texte("contrat.noContrat");
    if (numero !== undefined) precedents.set(numero.toUpperCase(), c);
    const debut = l.date("contrat.dateDebutContrat");
    if (debut === undefined) return;
    const fin = l.date("contrat.dateRupture") ?? l.date("contrat.dateFinContrat") ?? "9999-12-31";
    const siret = l.texte("employeur.siret") ?? "";
    for (const m of ["maitre1", "maitre2"]) {
      const cle = `${l.texte(`${m}.nom`)}|${l.texte(`${m}.prenom`)}|${l.date(`${m}.dateNaissance`)}|${siret.slice(0, 9)}`;
      const liste = maitres.get(cle) ?? [];
      liste.push({ rang, debut, fin, prolonge: l.texte("contrat.typeContratApp") === "33" });
      maitres.set(cle, liste);
    }
  });
  const contratPrecedent = (cite) => {
    const trouve = precedents.get(cite.toUpperCase());
    return trouve === undefined ? { statut: "absent", raison: `contrat ${cite.toUpperCase()} absent du lot contrôlé`, source: "lot contrôlé" } : { statut: "trouve", contrat: trouve, source: "lot contrôlé" };
  };
  const apprentisEncadres = (rang) => (maitre, date) => {
    let total = 0;
    let prolongesApresEchec = 0;
    for (const e of maitres.get(`${maitre.nom}|${maitre.prenom}|${maitre.dateNaissance}|${maitre.siren}`) ?? []) {
      if (e.rang === rang || e.debut > date || e.fin < date) continue;
      total++;
      if (e.prolonge) prolongesApresEchec++;
    }
    return { total, prolongesApresEchec };
  };
  return {
    asynchrones: (rang) => ({ historique: { contratPrecedent: async (cite) => contratPrecedent(cite) }, portefeuille: { apprentisEncadres: async (m, d) => apprentisEncadres(rang)(m, d) } }),
    enMemoire: (rang) => ({ historique: { contratPrecedent }, portefeuille: { apprentisEncadres: apprentisEncadres(rang) } }),
  };
}

const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const minimums = { referenceFrais: Number.POSITIVE_INFINITY, avantPaiementFrais: Number.POSITIVE_INFINITY, reglesDuLotFrais: Number.POSITIVE_INFINITY, ...(lotEnMemoire ? { reglesDuLotEnMemoire: Number.POSITIVE_INFINITY } : {}) };
let constatsAvantPaiement = 0;
for (let t = -1; t < TOURS; t++) {
  const lignes = toutes.slice((t + 1) * CONTRATS, (t + 2) * CONTRATS);
  // Tour -1 : chauffe, non compté.
  const compter = (nom, us) => {
    if (t >= 0) minimums[nom] = Math.min(minimums[nom], us);
  };
  let avant = cpu();
  for (const l of lignes) {
    try {
      JSON.parse(l);
    } catch {
      // ligne volontairement illisible
    }
  }
  compter("referenceFrais", (cpu() - avant) / lignes.length);
  // Hors mesure : valeurs (comme `valeur` d'un enregistrement) et contrats normalisés (règles du lot).
  const valeurs = [];
  for (const l of lignes) {
    try {
      const v = JSON.parse(l);
      if (typeof v === "object" && v !== null && !Array.isArray(v)) valeurs.push(v);
    } catch {
      // illisible : ni vérification ni règle du lot
    }
  }
  const contrats = valeurs.map((v) => {
    const lu = lireContrat(v);
    return lu.ok ? lu.contrat : v;
  });
  const index = indexer(contrats);

  // Ports en mémoire neufs : consultations mémorisées pour la tranche seulement.
  const enMemoire = portsPrepaiementEnMemoire(ports);
  avant = cpu();
  for (const v of valeurs) constatsAvantPaiement += evaluerReglesEnMemoire(registre, v, { dateEvaluation: DATE, ports: enMemoire, mode: "explication" }).constats.length;
  compter("avantPaiementFrais", (cpu() - avant) / valeurs.length);

  avant = cpu();
  for (let i = 0; i < contrats.length; i++) await evaluerReglesAsync(reglesDuLot, contrats[i], { dateEvaluation: DATE, ports: index.asynchrones(i) });
  compter("reglesDuLotFrais", (cpu() - avant) / contrats.length);

  if (lotEnMemoire) {
    avant = cpu();
    for (let i = 0; i < contrats.length; i++) evaluerReglesEnMemoire(reglesDuLot, contrats[i], { dateEvaluation: DATE, ports: index.enMemoire(i) });
    compter("reglesDuLotEnMemoire", (cpu() - avant) / contrats.length);
  }
  if (t >= 0) process.stderr.write(`[avantPaiementFrais] tour ${t + 1}/${TOURS} : ${Object.entries(minimums).map(([n, us]) => `${n} ${us.toFixed(1)} µs`).join(", ")}\n`);
}
const arrondi = (x) => Math.round(x * 10) / 10;
for (const [nom, us] of Object.entries(minimums)) {
  process.stdout.write(
    `${JSON.stringify({ bench: `controle.${nom}`, contratsParTour: CONTRATS, tours: TOURS, contratsDistincts: CONTRATS * TOURS, microsecondesCpuParEnregistrement: arrondi(us), referenceUs: arrondi(minimums.referenceFrais), ratioJsonParse: Math.round((us / minimums.referenceFrais) * 100) / 100, ...(nom === "avantPaiementFrais" ? { constats: constatsAvantPaiement } : {}) })}\n`,
  );
}
