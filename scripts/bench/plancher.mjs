#!/usr/bin/env node
// Plancher de `opco controle` (issue 12) : ce que coûtent, par contrat, les seules étapes qu'aucune
// conception conforme à l'issue ne peut éviter, mesurées comme les autres bancs (temps processeur,
// tours entrelacés, minimum de N, référence JSON.parse des mêmes lignes dans le même processus).
//
// Une ligne JSON par mesure sur la sortie standard :
//   plancher.reference        JSON.parse seul des lignes déjà en mémoire (référence)
//   plancher.decoupage        octets du fichier → texte → lignes (TextDecoder + recherche des sauts de ligne)
//   plancher.cheminRapide     validateur compilé au build + vue typée (moteur.lire) sur les objets déjà lus :
//                             l'étape que l'issue prescrit elle-même (point 1)
//   plancher.ecritureResultat JSON.stringify des résultats réellement publiés par `opco controle --sortie`
//                             (objets déjà construits) : le coût de la seule mise en texte de la sortie
// puis une ligne `plancher.budget` : le budget de l'objectif « 20 000 contrats par seconde de processeur »
// (50 µs par contrat, tout compris), ce que les étapes ci-dessus en consomment, ce qui reste pour les 61
// règles, les 12 vérifications avant paiement, les 4 règles du lot, l'index du lot et le masquage, et le
// débit maximal atteignable si l'autre objectif de l'issue (règles + schéma ≤ 2,5× JSON.parse, 2× en
// objectif haut) est exactement tenu et que tout le reste ne coûte rien.
//
// Variables : BENCH_CONTRATS (3 000 par défaut), BENCH_TOURS (7 par défaut).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { executerCli, genererContratsDemo } from "@communs-opco/cli";
import { creerMoteurControle } from "@communs-opco/regles";

const CONTRATS = Number(process.env.BENCH_CONTRATS ?? 3_000);
const TOURS = Number(process.env.BENCH_TOURS ?? 7);
const DATE = "2025-11-03";
const BUDGET_US = 1e6 / 20_000;
const journal = (texte) => process.stderr.write(`[plancher] ${texte}\n`);

const lignes = [...genererContratsDemo({ nombre: CONTRATS, graine: 2025 })].map((l) => l.texte);
const texte = `${lignes.join("\n")}\n`;
const octetsFichier = Buffer.from(texte);
const valeurs = [];
for (const l of lignes) {
  try {
    valeurs.push(JSON.parse(l));
  } catch {
    // ligne volontairement illisible du jeu de démonstration
  }
}
const moteur = creerMoteurControle({ dateEvaluation: DATE });

// Résultats réellement publiés : `opco controle --sortie` sur le même jeu (référentiel embarqué), relus.
const dossier = mkdtempSync(join(tmpdir(), "opco-bench-plancher-"));
let resultats;
try {
  const fichier = join(dossier, "contrats.jsonl");
  const sortie = join(dossier, "resultats.jsonl");
  writeFileSync(fichier, texte);
  const code = await executerCli(["controle", fichier, "--date", DATE, "--referentiel", "embarque", "--fils", "1", "--sortie", sortie, "--silencieux"], {
    ecrire() {},
    ecrireErreur() {},
    repertoire: dossier,
    lireEntreeStandard: async () => "",
    entreeStandardInteractive: false,
  });
  if (code !== 0 && code !== 1) throw new Error(`opco controle a rendu le code ${code}`);
  // Dernière ligne : le résumé ; les autres : un résultat par enregistrement.
  resultats = readFileSync(sortie, "utf8").trimEnd().split("\n").slice(0, -1).map((l) => JSON.parse(l));
} finally {
  rmSync(dossier, { recursive: true, force: true });
}
journal(`${lignes.length} lignes, ${valeurs.length} objets JSON, ${resultats.length} résultats publiés, ${Math.round(octetsFichier.length / lignes.length)} octets par ligne`);

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
    const t = new TextDecoder().decode(octetsFichier);
    let debut = 0;
    let n = 0;
    for (let fin = t.indexOf("\n"); fin !== -1; fin = t.indexOf("\n", debut)) {
      if (t.slice(debut, fin).length > 0) n++;
      debut = fin + 1;
    }
    return n;
  },
  cheminRapide() {
    for (const v of valeurs) moteur.lire(v);
  },
  ecritureResultat() {
    let octets = 0;
    for (const r of resultats) octets += JSON.stringify(r).length;
    return octets;
  },
};
const effectifs = { reference: lignes.length, decoupage: lignes.length, cheminRapide: valeurs.length, ecritureResultat: resultats.length };

const cpu = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const minimums = Object.fromEntries(Object.keys(mesures).map((n) => [n, Number.POSITIVE_INFINITY]));
for (const m of Object.values(mesures)) m(); // chauffe (JIT), non comptée
for (let t = 0; t < TOURS; t++) {
  for (const [nom, m] of Object.entries(mesures)) {
    globalThis.gc?.();
    const avant = cpu();
    m();
    minimums[nom] = Math.min(minimums[nom], cpu() - avant);
  }
}
const parEnregistrement = Object.fromEntries(Object.entries(minimums).map(([n, us]) => [n, us / effectifs[n]]));
const arrondi = (x) => Math.round(x * 10) / 10;
for (const [nom, us] of Object.entries(parEnregistrement)) {
  console.log(
    JSON.stringify({
      bench: `plancher.${nom}`,
      enregistrements: effectifs[nom],
      tours: TOURS,
      microsecondesCpuParEnregistrement: arrondi(us),
      ratioJsonParse: Math.round((us / parEnregistrement.reference) * 100) / 100,
    }),
  );
}
const parse = parEnregistrement.reference;
const inevitable = parse + parEnregistrement.decoupage + parEnregistrement.cheminRapide;
console.log(
  JSON.stringify({
    bench: "plancher.budget",
    objectifContratsParSecondeCpu: 20_000,
    budgetMicrosecondesParContrat: BUDGET_US,
    // Lecture des octets + un seul JSON.parse + chemin rapide prescrit (aucune règle, aucune sortie).
    inevitableMicrosecondes: arrondi(inevitable),
    // Ce qui reste pour les règles, l'avant-paiement, le lot, l'index et la sortie.
    resteMicrosecondes: arrondi(BUDGET_US - inevitable),
    resteAvecEcritureMicrosecondes: arrondi(BUDGET_US - inevitable - parEnregistrement.ecritureResultat),
    // Règles + schéma exactement à l'objectif de l'issue (2,5× JSON.parse) ou à son objectif haut (2×),
    // plus un JSON.parse et le découpage, tout le reste gratuit : débit maximal par seconde de processeur.
    maximumSiReglesEtSchemaA2_5x: Math.floor(1e6 / (parse * 3.5 + parEnregistrement.decoupage)),
    maximumSiReglesEtSchemaA2x: Math.floor(1e6 / (parse * 3 + parEnregistrement.decoupage)),
    // Ratio règles + schéma (hors JSON.parse) qu'exigerait l'objectif de bout en bout, tout le reste gratuit.
    ratioReglesEtSchemaExige: Math.round(((BUDGET_US - parse - parEnregistrement.decoupage) / parse) * 100) / 100,
    chargeMoyenne1min: arrondi(loadavg()[0]),
  }),
);
